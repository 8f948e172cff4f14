using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using MailKitConfig.Sample;

// The MailKitConfig sample: one command per capability of the library, each in its own file.
// A new command is a new file with a Create() method and one line in Commands().
var cultureOption = ConnectionArguments.CultureOption();
var parse = Commands(cultureOption).Parse(args);
if (parse.GetResult(cultureOption) is { } given && !parse.Errors.Any(e => e.SymbolResult == given)
    && parse.GetValue(cultureOption) is { } culture && !culture.Equals(CultureInfo.CurrentUICulture))
{
    // --culture first: the commands are built and the command line parsed again in that language, so that the help,
    // the errors of the options (the sample's and System.CommandLine's) and the results all speak it.
    CultureInfo.CurrentCulture = culture;
    CultureInfo.CurrentUICulture = culture;
    parse = Commands(ConnectionArguments.CultureOption()).Parse(args);
}

if (parse.Action is ParseErrorAction)
{
    // The errors alone in the user's language, with suggestions and where to look, instead of the whole help after them.
    return CommandLineErrors.Write(parse, Console.Error);
}

return await parse.InvokeAsync();

static RootCommand Commands(Option<CultureInfo?> culture)
{
    var root = new RootCommand(Say.Text("Root.Description"))
    {
        culture,
        ConfigureCommand.Create(),
        ShowCommand.Create(),
        CheckCommand.Create(),
        SendCommand.Create(),
        ReceiveCommand.Create(),
        JobCommand.Create(),
        ExplainCommand.Create(),
    };
    SampleHelp.Use(root);
    return root;
}
