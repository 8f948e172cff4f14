using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace MailKitConfig;

/// <summary>
/// The default retry pipeline of sending, registered through Polly's dependency injection under
/// <see cref="MailSendingOptions.ResiliencePipelineKey"/>: exponential backoff with jitter from
/// <see cref="MailSendingOptions"/>, only for failures the sender marked safe to repeat.
/// </summary>
internal static class SendRetryPipeline
{
    /// <summary>The operation key of the resilience context (a tag of Polly's telemetry).</summary>
    public const string OperationKey = "MailKitConfig.Send";

    /// <summary>The property of the resilience context that holds the send's state.</summary>
    public static readonly ResiliencePropertyKey<SmtpMailSender.SendState> StateKey = new("MailKitConfig.Send");

    /// <summary>Adds the default retry strategy to a builder.</summary>
    /// <param name="builder">The builder (Polly's DI sets its telemetry).</param>
    /// <param name="options">The sending options.</param>
    /// <param name="time">The clock of the delays and of <see cref="MailSendingOptions.RetryTimeLimit"/>.</param>
    /// <param name="logger">Logs each retry (event 3 of sending).</param>
    /// <returns>The same builder.</returns>
    public static ResiliencePipelineBuilder Configure(ResiliencePipelineBuilder builder, MailSendingOptions options, TimeProvider time, ILogger logger)
    {
        builder.TimeProvider = time;
        if (options.MaxRetryAttempts == 0)
        {
            return builder;
        }

        return builder.AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            MaxDelay = options.MaxRetryDelay,
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is MailOperationException failure && SmtpMailSender.IsConnectTimeout(failure) ? options.RetryDelay : (TimeSpan?)null),
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is MailOperationException { Problem: var problem } and not MailDeliveryUnknownException
                && !(problem.Kind == MailProblemKind.RateLimited && problem.RetryAfter > options.MaxRetryDelay) // a sending limit lifts later: the caller (or an outbox) schedules it
                && args.Context.Properties.GetValue(StateKey, null!) is { Retryable: true } state
                && time.GetElapsedTime(state.StartedAt) < options.RetryTimeLimit),
            OnRetry = args =>
            {
                var state = args.Context.Properties.GetValue(StateKey, null!);
                logger.LogRetry(state.Message.Message.MessageId, state.Account.Smtp?.Host, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                return default;
            },
        });
    }
}
