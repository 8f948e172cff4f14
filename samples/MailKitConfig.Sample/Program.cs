using MailKitConfig.Sample;

// MailKitConfig sample: one command per capability of the library. Run without arguments for help.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    return args.FirstOrDefault() switch
    {
        "show" or "send" or "check" when args.Length >= 2 => await AccountCommands.RunAsync(CommandLine.Parse(args), cancel.Token),
        "explain" => await ExplainCommand.RunAsync(args[1..], Console.In, Console.Out),
        "configure" when args.Length >= 2 => await ConfigureCommand.RunAsync(args[1..], cancel.Token),
        null or "help" or "--help" or "-h" => Help(0),
        _ => Help(1),
    };
}
catch (FormatException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine("Run without arguments for help.");
    return 1;
}

static int Help(int exitCode)
{
    Console.WriteLine(CommandLine.Usage);
    return exitCode;
}
