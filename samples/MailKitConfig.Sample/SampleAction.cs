using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using MailKitConfig;
using Microsoft.Extensions.Options;

namespace MailKitConfig.Sample;

/// <summary>
/// Runs a command's action and turns every failure into a message that says what was wrong
/// and a non-zero exit code, never a stack trace.
/// </summary>
internal static class SampleAction
{
    /// <summary>The command line was wrong (System.CommandLine's own parse errors use it too).</summary>
    public const int CommandLineError = 1;

    /// <summary>The input or the configuration was invalid; nothing was sent.</summary>
    public const int InvalidInput = 2;

    /// <summary>A mail server or the network refused or failed.</summary>
    public const int MailFailed = 3;

    /// <summary>Something the sample did not expect.</summary>
    public const int Unexpected = 70;

    /// <summary>The user pressed Ctrl+C.</summary>
    public const int Cancelled = 130;

    /// <summary>Sets the action of a command (the language of <c>--culture</c> is applied before the parse, in Program.cs).</summary>
    /// <param name="command">The command.</param>
    /// <param name="action">The work; returns the exit code.</param>
    public static void Run(this Command command, Func<ParseResult, CancellationToken, Task<int>> action)
        => command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                return await action(parse, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return Fail(Cancelled, Say.Text("Action.Cancelled"));
            }
            catch (MailOperationException ex)
            {
                // The user's language throughout: the library's summary and texts, not the exception's message (which is for logs).
                var culture = CultureInfo.CurrentUICulture;
                var problem = ex.Problem.Localize(culture);
                Console.Error.WriteLine(problem.Summary);
                if (problem.ServerReply is { } reply)
                {
                    Console.Error.WriteLine(string.Format(culture, MailTexts.Get("Report.ServerReply", culture), reply.ReplaceLineEndings(" ")));
                }

                Console.Error.WriteLine();
                Console.Error.WriteLine(problem);
                if (problem.SuggestedChange is { } change)
                {
                    Console.Error.WriteLine($"=> {change.Description}");
                }

                return MailFailed;
            }
            catch (MailSettingsException ex)
            {
                Console.Error.WriteLine(Say.Text("Action.SettingsInvalid"));
                foreach (var error in ex.Errors)
                {
                    Console.Error.WriteLine($"  {error.Field,-14} {error.Message}");
                }

                return InvalidInput;
            }
            catch (Exception ex) when (ex is OptionsValidationException || (ex is AggregateException all && all.InnerExceptions.All(e => e is OptionsValidationException)))
            {
                // The host checks every options type at start; several failing arrive together.
                var failures = ex is AggregateException many ? many.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures) : ((OptionsValidationException)ex).Failures;
                Console.Error.WriteLine(Say.Text("Action.ConfigurationInvalid"));
                foreach (var failure in failures)
                {
                    Console.Error.WriteLine("  " + failure);
                }

                return InvalidInput;
            }
            catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or FormatException or IOException or UnauthorizedAccessException or CryptographicException or InvalidOperationException)
            {
                // An ArgumentException's message ends with " (Parameter 'name')", which is for programmers.
                var message = ex is ArgumentException { ParamName: { } name } ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : ex.Message;
                return Fail(InvalidInput, Say.Text("Action.NothingDone", message));
            }
            catch (Exception ex)
            {
                return Fail(Unexpected, Say.Text("Action.Unexpected", ex.GetType().Name, ex.Message));
            }
        });

    /// <summary>Writes a message to standard error and returns the exit code.</summary>
    /// <param name="exitCode">The exit code.</param>
    /// <param name="message">What was wrong.</param>
    /// <returns><paramref name="exitCode"/>.</returns>
    public static int Fail(int exitCode, string message)
    {
        Console.Error.WriteLine(message);
        return exitCode;
    }
}
