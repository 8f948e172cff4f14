using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig;

/// <summary>The builder returned by <c>AddMailModule</c>.</summary>
/// <param name="services">The service collection.</param>
internal sealed class MailModuleBuilder(IServiceCollection services) : IMailModuleBuilder
{
    /// <inheritdoc />
    public IServiceCollection Services { get; } = services;
}
