using MailKitConfig;

namespace MailKitConfig.Sample;

/// <summary>Prints account settings for a person to read; never the secret.</summary>
internal static class SettingsPrinter
{
    public static void Print(MailAccountSettings account, TextWriter output)
    {
        var none = Say.Text("Word.None");
        Line(output, Say.Text("Label.Account"), account.Address);
        Line(output, Say.Text("Label.DisplayName"), account.DisplayName ?? none);
        Line(output, Say.Text("Label.Login"), account.EffectiveLogin);
        Line(output, Say.Text("Label.Credentials"), account.Credentials is { } credentials ? Say.Text("Credentials." + credentials.Kind) : none);
        Line(output, Say.Text("Label.Usage"), Say.Text("Usage." + account.Usage));
        Line(output, "SMTP", account.Smtp?.ToString() ?? none);
        Line(output, "IMAP", account.Imap?.ToString() ?? none);
        Line(output, "POP3", account.Pop3?.ToString() ?? none);
        Line(output, "Reply-To", account.ReplyTo ?? none);
        Line(output, Say.Text("Label.CopyToSelf"), account.HiddenCopyToSelf ? Say.Text("Settings.CopyToSelfYes") : Say.Text("Word.No"));
    }

    /// <summary>Writes one labelled line.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="label">The label.</param>
    /// <param name="value">The value.</param>
    public static void Line(TextWriter output, string label, string value) => output.WriteLine($"{label,-15}{value}");
}
