using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MailKitConfig;

/// <summary>
/// Tries a rule's pattern one top-level alternative at a time. A family's pattern is a long alternation of phrases in
/// many languages; the regex engine tries the whole alternation at every position of a text, while each alternative
/// alone is found by a vectorised search for its first letters. The answer is the whole pattern's (a text matches
/// <c>a|b</c> exactly when it matches <c>a</c> or <c>b</c>). The benchmark project's <c>diagnostics</c> run measured the
/// rules' patterns over the real-error corpus's dev texts 3.5 times as fast one alternative at a time. A long
/// alternative is compiled once it has been tried on enough texts to repay its compilation (see <see cref="Alternative"/>).
/// The rules' patterns hold no lazy loop of a group with an upper bound of two or more (<c>(?:\S+ ){0,2}?</c>): .NET
/// 10's compiled and source-generated code for one unwinds its backtracking stack wrongly when it gives up at the bound
/// (dotnet/runtime#129511, fixed in .NET 11) and throws on some texts ("TLS szükséges, de nem érthető el"). Their loops
/// of groups are greedy, which changes which match is found, never whether one is; a pattern whose match is read
/// nests lazy optionals instead.
/// </summary>
internal static class RegexAlternatives
{
    /// <summary>
    /// The length from which an alternative is compiled: such an alternative holds a class of words in many languages
    /// (<see cref="ForeignWords"/>), which the interpreter tries word by word at nearly every position of a text, while
    /// compiled code searches for all the words' beginnings at once.
    /// </summary>
    internal const int CompiledFromLength = 250;

    /// <summary>
    /// The tries after which a long alternative is compiled. Compiling one costs about 25 ms, once; compiled, it saves
    /// about 0.03 ms per text (the benchmark's figures), so it repays itself after about 800 texts. An application that
    /// classifies a few failures never pays it.
    /// </summary>
    internal const int CompiledAfterTries = 1000;

    private static readonly ConcurrentDictionary<Regex, Alternative[]> Alternatives = new();

    /// <summary>Gets the patterns tried so far (the rules' patterns, once texts have been classified).</summary>
    public static ICollection<Regex> PatternsTried => Alternatives.Keys;

    /// <summary>Returns whether the text matches the pattern, as <see cref="Regex.IsMatch(string)"/> does.</summary>
    /// <param name="pattern">The pattern, with its options.</param>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when one of the pattern's alternatives matches.</returns>
    public static bool IsMatch(Regex pattern, string text)
        => Array.Exists(Alternatives.GetOrAdd(pattern, AlternativesOf), alternative => alternative.IsMatch(text));

    /// <summary>
    /// Splits a pattern at its top-level <c>|</c>: outside groups and character classes, not escaped. A pattern that
    /// sets options for the rest of itself (<c>(?i)</c> outside a group) is kept whole, since its alternatives would
    /// not carry them.
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The alternatives, which joined by <c>|</c> give the pattern back.</returns>
    public static IReadOnlyList<string> Split(string pattern)
    {
        var alternatives = new List<string>();
        int depth = 0, start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = EndOfClass(pattern, i);
                    break;
                case '(' when depth == 0 && SetsOptionsForTheRest(pattern, i):
                    return [pattern];
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    alternatives.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        alternatives.Add(pattern[start..]);
        return alternatives;
    }

    /// <summary>The pattern's alternatives, interpreted to begin with: building them takes milliseconds, compiling them seconds.</summary>
    private static Alternative[] AlternativesOf(Regex pattern)
        => [.. Split(pattern.ToString()).Select(alternative => new Alternative(alternative, pattern.Options, pattern.MatchTimeout))];

    /// <summary>The index of the <c>]</c> that closes the class opened at <paramref name="open"/> (a <c>]</c> first in it is a letter).</summary>
    private static int EndOfClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length && pattern[i] != ']'; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>Whether the group opened at <paramref name="open"/> is <c>(?imnsx-imnsx)</c>, options for the rest of the pattern.</summary>
    private static bool SetsOptionsForTheRest(string pattern, int open)
    {
        if (open + 2 >= pattern.Length || pattern[open + 1] != '?')
        {
            return false;
        }

        var i = open + 2;
        while (i < pattern.Length && "imnsx-".Contains(pattern[i], StringComparison.Ordinal))
        {
            i++;
        }

        return i > open + 2 && i < pattern.Length && pattern[i] == ')';
    }

    /// <summary>
    /// One alternative of a pattern: interpreted, and compiled on its <see cref="CompiledAfterTries"/>th try when it is
    /// long. Another thread may go on with the interpreted regex for a moment; both answer alike.
    /// </summary>
    /// <param name="pattern">The alternative.</param>
    /// <param name="options">The pattern's options.</param>
    /// <param name="matchTimeout">The pattern's match timeout.</param>
    internal sealed class Alternative(string pattern, RegexOptions options, TimeSpan matchTimeout)
    {
        private Regex regex = new(pattern, options, matchTimeout);
        private int tries;

        /// <summary>Gets the regex tried now.</summary>
        internal Regex Regex => Volatile.Read(ref regex);

        /// <summary>Returns whether the text matches the alternative.</summary>
        /// <param name="text">The text.</param>
        /// <returns><see langword="true"/> on a match.</returns>
        public bool IsMatch(string text)
        {
            if (pattern.Length >= CompiledFromLength && tries < CompiledAfterTries && Interlocked.Increment(ref tries) == CompiledAfterTries)
            {
                Volatile.Write(ref regex, new Regex(pattern, options | RegexOptions.Compiled, matchTimeout));
            }

            return Regex.IsMatch(text);
        }
    }
}
