using MailKitConfig;

namespace MailKitConfig.Sample;

/// <summary>Prints account settings for a person to read; never the secret.</summary>
internal static class SettingsPrinter
{
    public static void Print(MailAccountSettings account, TextWriter output)
    {
        output.WriteLine($"Account        {account.Address}");
        output.WriteLine($"Display name   {account.DisplayName ?? "(none)"}");
        output.WriteLine($"Login          {account.EffectiveLogin}");
        output.WriteLine($"Credentials    {account.Credentials?.ToString() ?? "(none)"}");
        output.WriteLine($"Usage          {account.Usage}");
        output.WriteLine($"SMTP           {account.Smtp?.ToString() ?? "(none)"}");
        output.WriteLine($"IMAP           {account.Imap?.ToString() ?? "(none)"}");
        output.WriteLine($"POP3           {account.Pop3?.ToString() ?? "(none)"}");
        output.WriteLine($"Reply-To       {account.ReplyTo ?? "(none)"}");
        output.WriteLine($"Copy to self   {(account.HiddenCopyToSelf ? "yes (Bcc)" : "no")}");
    }
}
