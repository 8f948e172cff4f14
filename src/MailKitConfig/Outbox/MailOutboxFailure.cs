using System.Globalization;

namespace MailKitConfig;

/// <summary>
/// The last failure of a message in the outbox, as stored with it: the facts of the failure and its classified kind,
/// so that the problem with hints in the user's language can be shown after a restart or on another server.
/// </summary>
/// <param name="Kind">The classified kind.</param>
/// <param name="IsTransient">Whether trying again later could help.</param>
/// <param name="Protocol">The protocol spoken.</param>
/// <param name="Stage">The step that failed.</param>
/// <param name="Message">What failed, in English (never contains a secret).</param>
public sealed record MailOutboxFailure(MailProblemKind Kind, bool IsTransient, MailProtocol Protocol, MailOperationStage Stage, string Message)
{
    /// <summary>Gets the server's reply, verbatim, if there was one.</summary>
    public string? ServerReply { get; init; }

    /// <summary>Gets the server's host name, if known.</summary>
    public string? Host { get; init; }

    /// <summary>Gets the server's port, if known.</summary>
    public int? Port { get; init; }

    /// <summary>Gets how long the diagnostics suggested to wait before trying again, if they did (e.g. a daily sending quota).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Returns the classified problem with its title and hints.</summary>
    /// <param name="culture">The language of the hints; <see langword="null"/> uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The problem.</returns>
    public MailProblem ToProblem(CultureInfo? culture = null)
        => MailProblemClassifier.Restore(new MailFailure(Protocol, Stage) { ReplyText = ServerReply, Host = Host, Port = Port }, Kind, IsTransient, culture);

    /// <summary>Describes a failure reported by the sender.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The stored form.</returns>
    public static MailOutboxFailure From(MailOperationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var problem = exception.Problem;
        return new MailOutboxFailure(problem.Kind, problem.IsTransient, exception.Protocol, exception.Stage, exception.Message)
        {
            ServerReply = exception.ServerReply,
            Host = exception.Host,
            Port = exception.Port,
            RetryAfter = problem.RetryAfter,
        };
    }
}
