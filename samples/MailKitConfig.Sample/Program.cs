using System.Security.Cryptography.X509Certificates;
using MailKitConfig;
using MailKitConfig.Sample;
using Microsoft.Extensions.DependencyInjection;

// MailKitConfig sample: shows what the library does, one command per capability.
//   show  <address> [account options]                  check the settings and print them (no network)
//   send  <address> [account options] --to <addresses>  send a message through the account's SMTP server
// Run without arguments for the full list of options.
if (args.Length < 2 || args[0] is not ("show" or "send"))
{
    Console.WriteLine(CommandLine.Usage);
    return args.Length == 0 || args[0] is "help" or "--help" or "-h" ? 0 : 1;
}

CommandLine command;
try
{
    command = CommandLine.Parse(args);
}
catch (FormatException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine("Run without arguments for help.");
    return 1;
}

var errors = command.Account.Validate();
if (errors.Count > 0)
{
    Console.Error.WriteLine($"The settings for {command.Account.Address} are not usable:");
    foreach (var error in errors)
    {
        Console.Error.WriteLine($"  {error.Field,-14} {error.Message}");
    }

    return 2;
}

if (command.Verb == "show")
{
    SettingsPrinter.Print(command.Account, Console.Out);
    return 0;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

await using var services = new ServiceCollection()
    .AddMailModule(options =>
    {
        foreach (var path in command.TrustedCaFiles)
        {
            options.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificateFromFile(path));
        }

        options.CheckCertificateRevocation = command.CheckRevocation;
    })
    .Services
    .BuildServiceProvider();

try
{
    var result = await services.GetRequiredService<IMailSender>().SendAsync(command.Account, command.Message, cancel.Token);
    Console.WriteLine($"Sent {result.MessageId} to {string.Join(", ", result.Recipients)}");
    Console.WriteLine($"Server: {result.ServerResponse}");
    return 0;
}
catch (MailOperationException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine($"  protocol {ex.Protocol}, step {ex.Stage}, server {ex.Host}:{ex.Port}");
    if (ex.ServerReply is not null)
    {
        Console.Error.WriteLine($"  server said: {ex.ServerReply}");
    }

    return 3;
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"Nothing was sent: {ex.Message}");
    return 2;
}
finally
{
    foreach (var attachment in command.Message.Attachments)
    {
        await attachment.Content.DisposeAsync();
    }
}
