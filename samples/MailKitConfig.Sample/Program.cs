using System.CommandLine;
using System.CommandLine.Invocation;
using MailKitConfig.Sample;

// The MailKitConfig sample: one command per capability of the library, each in its own file.
// A new command is a new file with a Create() method and one line here.
var root = new RootCommand(Say.Text(
    "MailKitConfig sample: set up, check and use a mail account. Exit codes: 0 done, 1 command line, 2 bad input or configuration, 3 the mail server or network refused, 130 cancelled.",
    "Пример MailKitConfig: настройка, проверка и работа с почтовым ящиком. Коды выхода: 0 готово, 1 командная строка, 2 неверные данные или конфигурация, 3 отказ почтового сервера или сети, 130 отменено."))
{
    ConfigureCommand.Create(),
    ShowCommand.Create(),
    CheckCommand.Create(),
    SendCommand.Create(),
    ReceiveCommand.Create(),
    JobCommand.Create(),
    ExplainCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Action is ParseErrorAction errors)
{
    // The error alone, with where to look, instead of the whole help after it.
    errors.ShowHelp = false;
    var exitCode = await parse.InvokeAsync();
    Console.Error.WriteLine(Say.Text($"Run '{parse.CommandResult.Command.Name} --help' for the options.", $"Параметры: '{parse.CommandResult.Command.Name} --help'."));
    return exitCode;
}

return await parse.InvokeAsync();
