using Microsoft.Extensions.DependencyInjection;

namespace MailKitConfig;

/// <summary>Configures the mail module registered by <c>AddMailModule</c>.</summary>
public interface IMailModuleBuilder
{
    /// <summary>Gets the service collection the module is registered in.</summary>
    IServiceCollection Services { get; }
}
