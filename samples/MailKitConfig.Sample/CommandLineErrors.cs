using System.CommandLine;
using System.CommandLine.Parsing;

namespace MailKitConfig.Sample;

/// <summary>
/// Writes the errors of a command line in the user's language. The sample's own options report their errors in its
/// texts; of System.CommandLine's errors, the one its Russian resources leave in English (an option given twice) is
/// told from the parse result's structure, not from its wording, and the others are System.CommandLine's own
/// (translated by its resources). An unknown word gets the nearest command or option as a suggestion.
/// </summary>
internal static class CommandLineErrors
{
    /// <summary>Writes each error, suggestions for unknown words and where to find help.</summary>
    /// <param name="parse">The parse result, with errors.</param>
    /// <param name="output">Where to write (standard error).</param>
    /// <returns>The exit code for a wrong command line.</returns>
    public static int Write(ParseResult parse, TextWriter output)
    {
        foreach (var error in parse.Errors)
        {
            output.WriteLine(Describe(error));
        }

        var known = Names(parse.CommandResult).ToList();
        foreach (var word in parse.UnmatchedTokens.Distinct(StringComparer.Ordinal))
        {
            var nearest = known.Select(name => (Name: name, Distance: Distance(word, name)))
                .Where(c => c.Distance <= Math.Max(1, c.Name.Length / 3))
                .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => $"'{c.Name}'")
                .Take(3)
                .ToList();
            if (nearest.Count > 0)
            {
                output.WriteLine(Say.Text("Errors.DidYouMean", word, string.Join(", ", nearest)));
            }
        }

        output.WriteLine();
        output.WriteLine(Say.Text("Root.SeeHelp", parse.CommandResult.Command.Name));
        return SampleAction.CommandLineError;
    }

    private static string Describe(ParseError error)
    {
        var option = error.SymbolResult as OptionResult ?? error.SymbolResult?.Parent as OptionResult;
        return option switch
        {
            { Option.Arity.MaximumNumberOfValues: 1, IdentifierTokenCount: > 1 } => Say.Text("Errors.OneValue", option.Option.Name, option.IdentifierTokenCount),
            _ => error.Message,
        };
    }

    /// <summary>The subcommands and options a word on this command's line may have meant.</summary>
    private static IEnumerable<string> Names(CommandResult result)
    {
        foreach (var command in result.Command.Subcommands.Where(c => !c.Hidden))
        {
            yield return command.Name;
        }

        for (SymbolResult? current = result; current is CommandResult step; current = step.Parent)
        {
            foreach (var option in step.Command.Options.Where(o => !o.Hidden && (step == result || o.Recursive)))
            {
                yield return option.Name;
            }
        }
    }

    /// <summary>The edit distance between two words, a swap of two neighbouring letters counting as one edit (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        // Three rows of the table: two rows back (for the swap), the previous row and the current one.
        var before = new int[b.Length + 1];
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous) = (previous, current);
        }

        return previous[b.Length];
    }
}
