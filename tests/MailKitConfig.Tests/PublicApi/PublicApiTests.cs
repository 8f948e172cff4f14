using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace MailKitConfig.Tests.PublicApi;

/// <summary>
/// Keeps the package's public API deliberate: the API is written out and compared with the approved listing in
/// <c>PublicApi/MailKitConfig.approved.txt</c>. After an intended change, copy the <c>.received.txt</c> file the failing test names over it.
/// </summary>
public class PublicApiTests
{
    [Test]
    public void The_public_api_matches_the_approved_listing()
    {
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi", "MailKitConfig.approved.txt");
        var receivedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi", "MailKitConfig.received.txt");
        var actual = Describe(typeof(MailAccountSettings).Assembly);
        var approved = File.ReadAllText(approvedPath).ReplaceLineEndings("\n");

        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
        }

        actual.Should().Be(approved, $"the public API changed; if that is intended, copy {receivedPath} over tests/MailKitConfig.Tests/PublicApi/MailKitConfig.approved.txt");
    }

    private static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Kind(type)).Append(' ').Append(Name(type));
            var bases = new[] { type.BaseType }.Where(b => b is not null && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
                .Concat(type.GetInterfaces().Where(i => !i.IsGenericType || i.GetGenericTypeDefinition() != typeof(IEquatable<>)))
                .Select(b => Name(b!)).ToList();
            if (bases.Count > 0)
            {
                text.Append(" : ").AppendJoin(", ", bases);
            }

            text.Append('\n');
            foreach (var member in Members(type))
            {
                text.Append("  ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> Members(Type type)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.IsEnum)
        {
            return Enum.GetNames(type).Select(n => $"{n} = {Convert.ToInt64(Enum.Parse(type, n), System.Globalization.CultureInfo.InvariantCulture)}");
        }

        var members = new List<string>();
        foreach (var constructor in type.GetConstructors(Declared | BindingFlags.NonPublic).Where(c => c.IsPublic || c.IsFamily))
        {
            members.Add($"{Visibility(constructor)}ctor({Parameters(constructor)})");
        }

        foreach (var property in type.GetProperties(Declared).Where(p => !IsCompilerGenerated(p)))
        {
            var accessors = string.Join(' ', new[] { property.GetMethod, property.SetMethod }.Where(a => a is { IsPublic: true }).Select(a => a == property.GetMethod ? "get;" : IsInit(property) ? "init;" : "set;"));
            var required = property.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : string.Empty;
            members.Add($"{required}{Static(property.GetMethod)}{Name(property.PropertyType)}{Nullable(Nullability.Create(property))} {property.Name} {{ {accessors} }}");
        }

        foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName && !IsCompilerGenerated(m)))
        {
            members.Add($"{Static(method)}{Name(method.ReturnType)}{Nullable(Nullability.Create(method.ReturnParameter))} {method.Name}({Parameters(method)})");
        }

        return members.Order(StringComparer.Ordinal);
    }

    private static NullabilityInfoContext Nullability => new();

    private static string Nullable(NullabilityInfo info)
        => !info.Type.IsValueType && (info.ReadState == NullabilityState.Nullable || info.WriteState == NullabilityState.Nullable) ? "?" : string.Empty;

    private static bool IsCompilerGenerated(MemberInfo member)
        => member.IsDefined(typeof(CompilerGeneratedAttribute)) || member.Name is "EqualityContract" or "<Clone>$" or "PrintMembers";

    private static bool IsInit(PropertyInfo property)
        => property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string Static(MethodInfo? method) => method is { IsStatic: true } ? "static " : string.Empty;

    private static string Visibility(MethodBase method) => method.IsFamily ? "protected " : string.Empty;

    private static string Parameters(MethodBase method)
        => string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)}{Nullable(Nullability.Create(p))} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Kind(Type type) => type switch
    {
        { IsInterface: true } => "interface",
        { IsEnum: true } => type.IsDefined(typeof(FlagsAttribute)) ? "[Flags] enum" : "enum",
        { IsValueType: true } => "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        _ => (type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty) + (type.GetMethod("<Clone>$") is not null ? "record" : "class"),
    };

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        if (type.IsGenericType)
        {
            var name = type.GetGenericTypeDefinition().FullName!;
            return $"{name[..name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
        }

        return type.FullName ?? type.Name;
    }
}
