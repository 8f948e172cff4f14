using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace MailKitConfig.Sample;

/// <summary>
/// The help (<c>--help</c>) in the user's language: System.CommandLine's Russian resources leave "Description:",
/// "[command]" and "[options]" in English and its help builder is not public, so the sample replaces the action of the
/// help option (System.CommandLine's documented way to customise help) and writes the same sections with its own texts.
/// </summary>
internal sealed class SampleHelp : SynchronousCommandLineAction
{
    /// <summary>Makes every help option of the command tree write this help.</summary>
    /// <param name="root">The root command.</param>
    public static void Use(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = Say.Text("Root.Help");
            help.Action = new SampleHelp();
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Description = Say.Text("Root.Version");
        }
    }

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult, parseResult.InvocationConfiguration.Output);
        return 0;
    }

    /// <summary>The usage of a command's arguments, e.g. <c>[&lt;address&gt;]</c>.</summary>
    private static string Usage(Argument argument)
        => argument.Arity.MinimumNumberOfValues == 0 ? $"[<{argument.HelpName ?? argument.Name}>]" : $"<{argument.HelpName ?? argument.Name}>";

    /// <summary>The first column of an option: its names, shortest first (not the Windows-style <c>/?</c>, as System.CommandLine's help), and its value, e.g. <c>--smtp &lt;host:port[:security]&gt;</c>.</summary>
    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Append(option.Name).Where(n => !n.StartsWith('/')).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        var takesValue = option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);
        return takesValue ? $"{names} <{option.HelpName ?? option.Name.TrimStart('-')}>" : names;
    }

    private static void Write(CommandResult result, TextWriter output)
    {
        var command = result.Command;
        var path = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult step)
            {
                path.Insert(0, step.Command.Name);
            }
        }

        // The command's own options, then those it inherits (the help and --culture), as System.CommandLine lists them.
        var inherited = new List<Option>();
        for (var ancestor = result.Parent as CommandResult; ancestor is not null; ancestor = ancestor.Parent as CommandResult)
        {
            inherited.AddRange(ancestor.Command.Options.Where(o => o.Recursive && !inherited.Contains(o)));
        }

        var options = command.Options.Concat(inherited).Where(o => !o.Hidden).ToList();
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();

        if (command.Description is { Length: > 0 } description)
        {
            Section(output, "Help.Description", [(description, string.Empty)]);
        }

        var usage = string.Join(' ', path.Concat(arguments.Select(Usage))
            .Concat(subcommands.Count > 0 ? [Say.Text("Help.CommandPlaceholder")] : [])
            .Concat(options.Count > 0 ? [Say.Text("Help.OptionsPlaceholder")] : []));
        Section(output, "Help.Usage", [(usage, string.Empty)]);
        Section(output, "Help.Arguments", [.. arguments.Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? string.Empty))]);
        Section(output, "Help.Options", [.. options.Select(o => (Label(o), (o.Description ?? string.Empty) + (o.Required ? " " + Say.Text("Help.Required") : string.Empty)))]);
        Section(output, "Help.Commands", [.. subcommands.Select(c => (string.Join(' ', c.Arguments.Where(a => !a.Hidden).Select(Usage).Prepend(c.Name)), c.Description ?? string.Empty))]);
    }

    /// <summary>Writes a titled section of two columns, the second aligned; nothing when it has no rows.</summary>
    private static void Section(TextWriter output, string title, IReadOnlyList<(string First, string Second)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine(Say.Text(title));
        var width = rows.Max(r => r.First.Length) + 2;
        foreach (var (first, second) in rows)
        {
            output.WriteLine(second.Length == 0 ? $"  {first}" : $"  {first.PadRight(width)}{second}");
        }

        output.WriteLine();
    }
}
