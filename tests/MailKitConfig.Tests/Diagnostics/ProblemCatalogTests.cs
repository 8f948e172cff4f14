using System.Collections;
using System.Globalization;
using System.Resources;

namespace MailKitConfig.Tests.Diagnostics;

public class ProblemCatalogTests
{
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("ru-RU")];

    [Test]
    public void Every_kind_has_a_title_hints_and_an_also_possible_phrase_in_english_and_russian()
    {
        foreach (var culture in Cultures)
        {
            foreach (var kind in Enum.GetValues<MailProblemKind>())
            {
                ProblemCatalog.Title(kind, culture).Should().NotBeNullOrWhiteSpace();
                ProblemCatalog.AlsoPossible(kind, culture).Should().NotBeNullOrWhiteSpace();
                ProblemCatalog.Hints(kind, MailProtocol.Smtp, provider: null, culture).Should().HaveCountGreaterThanOrEqualTo(2, $"{kind} in {culture}");
            }
        }
    }

    [Test]
    public void Russian_texts_are_russian_and_differ_from_the_english_ones()
    {
        foreach (var kind in Enum.GetValues<MailProblemKind>())
        {
            var russian = ProblemCatalog.Title(kind, Cultures[1]);
            russian.Should().MatchRegex("[А-Яа-яЁё]", kind.ToString()).And.NotBe(ProblemCatalog.Title(kind, Cultures[0]));
        }
    }

    [Test]
    public void Both_shipped_catalogues_have_the_same_keys()
    {
        var texts = new ResourceManager("MailKitConfig.Diagnostics.Hints", typeof(MailProblem).Assembly);

        List<string> Keys(CultureInfo culture) =>
        [
            .. (texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
                ?? throw new AssertionException($"no {culture.Name} resources shipped")).Cast<DictionaryEntry>().Select(e => (string)e.Key),
        ];

        var english = Keys(CultureInfo.InvariantCulture);
        english.Should().HaveCountGreaterThan(100);
        Keys(CultureInfo.GetCultureInfo("ru")).Should().BeEquivalentTo(english);
    }

    [Test]
    public void Every_provider_named_in_a_hint_key_is_a_provider_of_the_provider_data()
    {
        var texts = new ResourceManager("MailKitConfig.Diagnostics.Hints", typeof(MailProblem).Assembly);
        var keys = texts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().Select(e => (string)e.Key);
        var notProviders = Enum.GetNames<MailProtocol>().Concat(["Port25", "LoggedIn", "Login", "NameMismatch", "UntrustedRoot", "Revocation", "Expired"]).ToHashSet();
        var kinds = Enum.GetNames<MailProblemKind>().ToHashSet();
        var named = keys.Select(k => k.Split('.')).Where(p => p.Length == 3 && kinds.Contains(p[0]) && p[2] == "Hints" && !notProviders.Contains(p[1])).Select(p => p[1]).ToHashSet();
        var hintIds = ProviderCatalog.Default.Providers.Select(p => p.Record.Diagnostics?.HintsAs ?? p.Id).ToHashSet();

        named.Should().NotBeEmpty().And.BeSubsetOf(hintIds);
    }

    [Test]
    public void Providers_are_recognised_from_the_provider_data()
    {
        KnownProviders.Recognise("smtp.office365.com", null).Should().Be("Microsoft", "Microsoft 365 takes the Outlook hints");
        KnownProviders.Recognise("imap.gmail.com", null).Should().Be("Gmail");
        KnownProviders.Recognise(null, "535 5.7.8 Username and Password not accepted. abc - gsmtp").Should().Be("Gmail");
        KnownProviders.Recognise("mail.example.org", "535 Authentication failed").Should().BeNull();
        KnownProviders.LoginRefusalAlsoMeans("Microsoft").Should().Equal(MailProblemKind.BasicAuthDisabled, MailProblemKind.ProtocolDisabled);
    }

    [Test]
    public void Provider_and_protocol_advice_comes_before_general_advice()
    {
        var general = ProblemCatalog.Hints(MailProblemKind.AuthenticationFailed, MailProtocol.Pop3, provider: null, Cultures[0]);
        var gmail = ProblemCatalog.Hints(MailProblemKind.AuthenticationFailed, MailProtocol.Smtp, "Gmail", Cultures[0]);

        gmail[0].Should().Contain("Google");
        general.Should().NotContain(h => h.Contains("Google", StringComparison.Ordinal));
        gmail.Should().OnlyHaveUniqueItems().And.HaveCountLessThanOrEqualTo(6, "more hints would bury the likely fix");
    }

    [Test]
    public void Symptoms_are_explained_in_both_languages()
    {
        foreach (var symptom in Enum.GetValues<MailSymptom>())
        {
            foreach (var culture in Cultures)
            {
                MailSymptomHints.GetTitle(symptom, culture).Should().NotBeNullOrWhiteSpace();
                MailSymptomHints.GetHints(symptom, culture).Should().NotBeEmpty();
            }
        }

        MailSymptomHints.GetHints(MailSymptom.CopiesArriveAsIncoming, Cultures[0]).Should().Contain(h => h.Contains("copy", StringComparison.OrdinalIgnoreCase));
    }
}
