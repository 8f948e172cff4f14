using System.Globalization;
using System.Text.Json;

namespace MailKitConfig.Tests.Diagnostics;

/// <summary>
/// Real replies of real servers, collected from public issue threads, provider pages and RFCs
/// (<c>Corpus/public-replies.jsonl</c>, each with its source), classified as a support engineer would.
/// </summary>
public class PublicCorpusTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEnumerable<TestCaseData> Replies()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Diagnostics", "Corpus", "public-replies.jsonl");
        var line = 0;
        foreach (var json in File.ReadLines(path))
        {
            line++;
            var entry = JsonSerializer.Deserialize<CorpusEntry>(json, Json)!;
            yield return new TestCaseData(entry).SetName($"Line {line:000}: {entry.Kind} ← {Shorten(entry.Text)}");
        }
    }

    [TestCaseSource(nameof(Replies))]
    public void Is_classified_as_the_source_explains(CorpusEntry entry)
    {
        var failure = new MailFailure(Enum.Parse<MailProtocol>(entry.Protocol), Enum.Parse<MailOperationStage>(entry.Stage))
        {
            ReplyText = entry.Text,
            Host = entry.Host,
            Provider = entry.Host is null ? entry.Provider : null, // the source names the provider; an application knows it from the account
            CredentialKind = entry.Kind == nameof(MailProblemKind.OAuthTokenInvalid) ? MailCredentialKind.OAuth : MailCredentialKind.Password,
        };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.Kind.Should().Be(Enum.Parse<MailProblemKind>(entry.Kind), $"source: {entry.Source}");
        if (entry.Provider is not null && entry.Host is not null)
        {
            problem.Provider.Should().Be(entry.Provider, "the host or the reply names the provider");
        }

        if (entry.Transient is { } transient)
        {
            problem.IsTransient.Should().Be(transient);
        }

        problem.Title.Should().NotBeNullOrWhiteSpace();
        problem.Hints.Should().NotBeEmpty();
    }

    [Test]
    public void The_corpus_covers_every_kind_a_server_reply_can_mean()
    {
        var kinds = Replies().Select(c => ((CorpusEntry)c.Arguments[0]!).Kind).ToHashSet();
        var transportOnly = new[] { MailProblemKind.ConnectionRefused, MailProblemKind.HostNotFound, MailProblemKind.Timeout, MailProblemKind.TlsHandshakeFailed, MailProblemKind.WrongSecurityMode, MailProblemKind.CertificateInvalid, MailProblemKind.DeliveryUnknown };
        var discoveryOnly = new[] { MailProblemKind.SettingsNotFound, MailProblemKind.DeadlineExceeded };
        var signInOnly = new[] { MailProblemKind.OAuthSignInRequired, MailProblemKind.OAuthClientNotRegistered };

        Enum.GetValues<MailProblemKind>().Except(transportOnly).Except(discoveryOnly).Except(signInOnly).Select(k => k.ToString()).Should().BeSubsetOf(kinds);
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 70 ? flat : flat[..70] + "…";
    }

    public sealed record CorpusEntry(string Protocol, string Stage, string Text, string? Host, string Kind, string? Provider, bool? Transient, string Source);
}
