using System.Globalization;
using System.Resources;

namespace MailKitConfig.Tests.Diagnostics;

/// <summary>One catalogue for every user-facing text; a host adds a language without forking (German here, which the library does not ship).</summary>
public class MailTextsTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private static readonly CultureInfo SwissGerman = CultureInfo.GetCultureInfo("de-CH");

    [Test]
    public void A_host_adds_a_language_and_untranslated_texts_fall_back_to_english()
    {
        MailTexts.AddTranslation(German, new Dictionary<string, string>
        {
            ["AuthenticationFailed.Title"] = "Der Mailserver hat Benutzername oder Passwort nicht angenommen.",
            ["Stage.Authentication"] = "Anmeldung",
            ["Detail.StepFailed"] = "{0}: {1} bei {2}:{3} fehlgeschlagen.",
        });

        var problem = MailProblemClassifier.Classify(
            new MailFailure(MailProtocol.Smtp, MailOperationStage.Authentication) { ReplyText = "535 5.7.8 Error: authentication failed", Host = "mail.example.com", Port = 587 },
            SwissGerman);

        problem.Title.Should().Be("Der Mailserver hat Benutzername oder Passwort nicht angenommen.", "de-CH falls back to de");
        problem.Summary.Should().Be("SMTP: Anmeldung bei mail.example.com:587 fehlgeschlagen.");
        problem.Hints.Should().Equal(problem.Localize(CultureInfo.InvariantCulture).Hints, "untranslated texts are English");
        problem.Localize(CultureInfo.GetCultureInfo("ru")).Title.Should().MatchRegex("[А-Яа-я]", "other languages are untouched");
    }

    [Test]
    public void A_host_adds_its_own_texts_and_a_third_language_from_its_own_resx()
    {
        // The host's resx (HostTexts.resx, HostTexts.fr.resx in this test project): its own key, and French for library keys.
        var french = CultureInfo.GetCultureInfo("fr-CA");
        MailTexts.AddResources(new ResourceManager("MailKitConfig.Tests.Diagnostics.HostTexts", typeof(MailTextsTests).Assembly));
        MailTexts.AddResources(new ResourceManager("MailKitConfig.Tests.Diagnostics.HostTexts", typeof(MailTextsTests).Assembly));

        var problem = MailProblemClassifier.Classify(
            new MailFailure(MailProtocol.Imap, MailOperationStage.Authentication) { ReplyText = "A1 NO [AUTHENTICATIONFAILED] Authentication failed.", Host = "imap.example.com", Port = 993 },
            french);

        problem.Title.Should().Be("Le serveur de messagerie a refusé le nom d'utilisateur ou le mot de passe.", "fr-CA falls back to the host's fr");
        problem.Summary.Should().Be("IMAP : échec de l'étape « connexion » (imap.example.com:993).");
        problem.Hints.Should().Equal(problem.Localize(CultureInfo.InvariantCulture).Hints, "texts the host did not translate are English");
        MailTexts.Get("Host.Greeting", french).Should().Be("Votre messagerie est prête, {0}.");
        MailTexts.Get("Host.Greeting", CultureInfo.GetCultureInfo("ru")).Should().Be("Your mail is set up, {0}.", "the host's own texts fall back to its English");
        MailTexts.Get("AuthenticationFailed.Title", CultureInfo.GetCultureInfo("ru")).Should().MatchRegex("[А-Яа-я]", "the library's Russian stays");
        MailTexts.GetTexts(CultureInfo.InvariantCulture).Should().ContainKey("Host.Greeting").And.ContainKey("AuthenticationFailed.Title");
        MailTexts.GetTexts(french).Keys.Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Validation_errors_come_from_the_catalogue_in_the_current_ui_culture()
    {
        var account = new MailAccountSettings { Address = "ann@example.com", Usage = MailUsage.Send, Smtp = new ServerEndpoint("smtp.example.com", 99999, MailSecurity.StartTlsRequired) };
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");
            account.Validate().Should().ContainSingle(e => e.Field == "Smtp.Port").Which.Message.Should().Be("Порт сервера Smtp должен быть от 1 до 65535, а не 99999.");
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            account.Validate().Single(e => e.Field == "Smtp.Port").Message.Should().Be("The Smtp server's port must be between 1 and 65535, not 99999.");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Test]
    public void The_catalogue_lists_every_key_with_its_text()
    {
        var english = MailTexts.GetTexts(CultureInfo.InvariantCulture);
        var russian = MailTexts.GetTexts(CultureInfo.GetCultureInfo("ru"));

        english.Keys.Should().Contain(["AuthenticationFailed.Title", "Stage.Authentication", "Address.Invalid", "Settings.PortInvalid"]);
        russian.Keys.Should().BeEquivalentTo(english.Keys);
        russian["Stage.Authentication"].Should().Be("вход");
        MailTexts.Get("Report.ServerReply", CultureInfo.GetCultureInfo("ru")).Should().Be("Ответ сервера: {0}");
        FluentActions.Invoking(() => MailTexts.Get("No.Such.Key")).Should().Throw<KeyNotFoundException>();
    }
}
