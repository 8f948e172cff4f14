using MailKitConfig;

namespace MailKitConfig.Sample;

/// <summary>Prints account settings for a person to read; never the secret.</summary>
internal static class SettingsPrinter
{
    public static void Print(MailAccountSettings account, TextWriter output)
    {
        var none = Say.Text("(none)", "(нет)");
        Line(output, Say.Text("Account", "Ящик"), account.Address);
        Line(output, Say.Text("Display name", "Имя"), account.DisplayName ?? none);
        Line(output, Say.Text("Login", "Логин"), account.EffectiveLogin);
        Line(output, Say.Text("Credentials", "Вход"), account.Credentials?.ToString() ?? none);
        Line(output, Say.Text("Usage", "Назначение"), account.Usage.ToString());
        Line(output, "SMTP", account.Smtp?.ToString() ?? none);
        Line(output, "IMAP", account.Imap?.ToString() ?? none);
        Line(output, "POP3", account.Pop3?.ToString() ?? none);
        Line(output, "Reply-To", account.ReplyTo ?? none);
        Line(output, Say.Text("Copy to self", "Копия себе"), account.HiddenCopyToSelf ? Say.Text("yes (Bcc)", "да (скрытая)") : Say.Text("no", "нет"));
    }

    /// <summary>Writes one labelled line.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="label">The label.</param>
    /// <param name="value">The value.</param>
    public static void Line(TextWriter output, string label, string value) => output.WriteLine($"{label,-15}{value}");
}
