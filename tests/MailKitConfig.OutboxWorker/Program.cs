// The outbox tests' child process. Usage (the lab is described by MAILKITCONFIG_LAB_CONFIG):
//   enqueue <spool> <subject> <smtp-port|submission>   queue one message from alice to bob, print its id, then wait to be killed
//   send <spool> <smtp-port|submission>                send what is due, print "sent failed unknown deferred", exit
//   pg-send <schema> <lease-seconds> <smtp-port> [max-connections]
//                                                      share the lab's PostgreSQL outbox (and its connection limit,
//                                                      MaxConnectionsPerAccount, 4 unless given): send until nothing is
//                                                      queued or being sent by anyone; print "sent N" after each message
//                                                      this process sent, and "done N" at the end
//   pg-receive-lock <schema> <account>                  take the account's receive lock in the lab's PostgreSQL, print
//                                                      "held", then wait to be killed
//   receive <state-dir> <address> <imap|pop3> <subject|->  receive everything (see ReceiveChild): print "handed <key>
//                                                      <subject>" per message and "done <accepted>"; after accepting
//                                                      <subject>, print "at-state-write" and wait to be killed there
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using MailKitConfig;
using Microsoft.Extensions.DependencyInjection;

var lab = JsonDocument.Parse(File.ReadAllText(Environment.GetEnvironmentVariable("MAILKITCONFIG_LAB_CONFIG")!)).RootElement;
var command = args[0];
if (command == "receive")
{
    return await ReceiveChild.RunAsync(lab, args);
}

if (command == "pg-receive-lock")
{
    var locking = new ServiceCollection().AddMailModule().UsePostgreSqlReceiveState(lab.GetProperty("postgres").GetString()!, o => o.Schema = args[1]);
    await using var lockServices = locking.Services.BuildServiceProvider();
    var lease = await lockServices.GetRequiredService<IMailReceiveLock>().TryAcquireAsync(args[2], CancellationToken.None);
    Console.WriteLine(lease is null ? "refused" : "held");
    await Task.Delay(Timeout.Infinite); // the test kills the process here, holding the lock
}

var spool = args[1];
var server = command == "pg-send" ? args[3] : args[^1];
var host = lab.GetProperty("host").GetString()!;
var alice = lab.GetProperty("users")[0];
var bob = lab.GetProperty("users")[1].GetProperty("address").GetString()!;
var account = new MailAccountSettings
{
    Address = alice.GetProperty("address").GetString()!,
    Usage = MailUsage.Send,
    Credentials = server == "submission" ? MailCredentials.Password(alice.GetProperty("password").GetString()!) : null,
    Smtp = server == "submission"
        ? new ServerEndpoint(host, lab.GetProperty("ports").GetProperty("submission").GetInt32(), MailSecurity.StartTlsRequired)
        : new ServerEndpoint(host, int.Parse(server, System.Globalization.CultureInfo.InvariantCulture), MailSecurity.None),
};

var module = new ServiceCollection()
    .AddMailModule(o =>
    {
        o.TrustedRootCertificates.Add(X509CertificateLoader.LoadCertificateFromFile(lab.GetProperty("caCertificatePath").GetString()!));
        o.CheckCertificateRevocation = false;
        o.DataTimeout = TimeSpan.FromSeconds(60);
    })
    .ConfigureSending(o =>
    {
        o.RetryDelay = TimeSpan.FromMilliseconds(20);
        if (command == "pg-send" && args.Length > 4)
        {
            o.MaxConnectionsPerAccount = int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
        }
    });
Action<MailOutboxOptions> outboxOptions = o =>
{
    o.SpoolDirectory = spool;
    o.Accounts.Add(account);
    o.RetryDelay = TimeSpan.FromSeconds(1);
};
_ = command == "pg-send"
    ? module.UsePostgreSqlOutbox(lab.GetProperty("postgres").GetString()!, o => { o.Schema = args[1]; o.LeaseDuration = TimeSpan.FromSeconds(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)); }, outboxOptions)
    : module.AddOutbox(outboxOptions);
await using var services = module.Services.BuildServiceProvider();
var outbox = services.GetRequiredService<IMailOutbox>();

switch (command)
{
    case "enqueue":
        var id = await outbox.EnqueueAsync(account, new OutgoingMessage { Subject = args[2], TextBody = "outbox child process", To = { bob } });
        Console.WriteLine(id);
        await Task.Delay(Timeout.Infinite); // the test kills the process here, before anything was sent
        break;
    case "send":
        var run = await outbox.SendPendingAsync();
        Console.WriteLine($"{run.Sent} {run.Failed} {run.DeliveryUnknown} {run.Deferred}");
        break;
    case "pg-send":
        var sent = 0;
        outbox.Completed += (_, e) =>
        {
            if (e.Entry.Status == MailOutboxStatus.Sent)
            {
                Console.WriteLine($"sent {Interlocked.Increment(ref sent)}"); // progress, so that a test can kill this process mid-run
            }
        };
        while (true)
        {
            var pass = await outbox.SendPendingAsync();
            if (pass.Sent + pass.Failed + pass.DeliveryUnknown + pass.Deferred > 0)
            {
                continue;
            }

            if ((await outbox.ListAsync(MailOutboxStatus.Queued, 1)).Count == 0 && (await outbox.ListAsync(MailOutboxStatus.Sending, 1)).Count == 0)
            {
                break; // nothing left for anyone (claims of a killed process come back when their lease expires)
            }

            await Task.Delay(200);
        }

        Console.WriteLine($"done {Volatile.Read(ref sent)}");
        break;
    default:
        Console.Error.WriteLine("unknown command " + command);
        return 2;
}

return 0;
