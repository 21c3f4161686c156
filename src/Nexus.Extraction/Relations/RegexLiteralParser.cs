using System.Globalization;

namespace Nexus.Extraction.Relations;

/// <summary>
/// Reads the required literal steps of a .NET regex for <see cref="RequiredLiterals"/>. Every node yields
/// either the finite set of strings it matches (literals, alternations of literals, their concatenations)
/// or an ordered list of steps; a quantifier that allows zero repetitions, a lookaround, an anchor or a
/// character class yields nothing. Constructs it does not model (inline options, back-references, rare
/// escapes, conditionals) give up on the whole pattern (null): never a wrong step.
/// </summary>
internal sealed class RegexLiteralParser
{
    private const int MaxAlternatives = 64;
    private const int MaxStepAlternatives = 256;

    private readonly string _p;
    private int _i;

    private RegexLiteralParser(string pattern) => _p = pattern;

    /// <summary>A node: the strings it can match when finitely many and known (Exact), else the steps its matches contain in order.</summary>
    private sealed record Node(HashSet<string>? Exact, List<string[]> Steps)
    {
        public static Node Nothing => new(null, []);

        public List<string[]> AsSteps() => Exact is { } set ? [[.. set]] : Steps;
    }

    private sealed class UnsupportedException : Exception;

    public static List<string[]>? Parse(string pattern)
    {
        var parser = new RegexLiteralParser(pattern);
        try
        {
            var node = parser.Alternation();
            return parser._i == pattern.Length ? node.AsSteps() : null;
        }
        catch (UnsupportedException) { return null; }
    }

    private bool More => _i < _p.Length;

    private Node Alternation()
    {
        var branches = new List<Node> { Sequence() };
        while (More && _p[_i] == '|')
        {
            _i++;
            branches.Add(Sequence());
        }
        if (branches.Count == 1) return branches[0];
        if (branches.All(b => b.Exact is not null))
        {
            var union = new HashSet<string>(branches.SelectMany(b => b.Exact!), StringComparer.Ordinal);
            if (union.Count <= MaxAlternatives) return new Node(union, []);
        }
        // Each branch needs at least its own most selective step: one of those is needed.
        var step = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in branches)
        {
            var best = b.AsSteps().Where(s => !s.Contains(string.Empty)).MaxBy(s => s.Length == 0 ? 0 : s.Min(w => w.Length));
            if (best is null || best.Length == 0) return Node.Nothing;
            step.UnionWith(best);
        }
        return step.Count <= MaxStepAlternatives ? new Node(null, [[.. step]]) : Node.Nothing;
    }

    private Node Sequence()
    {
        var steps = new List<string[]>();
        var run = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        var exact = true;
        while (More && _p[_i] is not ('|' or ')'))
        {
            var atom = Quantified(Atom());
            if (atom.Exact is { } set)
            {
                var product = new HashSet<string>(run.SelectMany(a => set.Select(b => a + b)), StringComparer.Ordinal);
                if (product.Count <= MaxAlternatives) { run = product; continue; }
                Flush(run, steps);
                run = set;
                exact = false;
                continue;
            }
            Flush(run, steps);
            run = [string.Empty];
            exact = false;
            steps.AddRange(atom.Steps);
        }
        if (exact) return new Node(run, []);
        Flush(run, steps);
        return new Node(null, steps);
    }

    private static void Flush(HashSet<string> run, List<string[]> steps)
    {
        if (!run.Contains(string.Empty)) steps.Add([.. run]);
    }

    private Node Atom()
    {
        var c = _p[_i++];
        switch (c)
        {
            case '(':
                return Group();
            case '[':
                SkipClass();
                return Node.Nothing;
            case '.' or '^' or '$':
                return Node.Nothing;
            case '\\':
                return Escape();
            case '*' or '+' or '?' or '{':
                throw new UnsupportedException();
            default:
                return Literal(c);
        }
    }

    private static Node Literal(char c) => new([c.ToString()], []);

    private Node Group()
    {
        var kind = GroupKind();
        var inner = Alternation();
        if (!More || _p[_i] != ')') throw new UnsupportedException();
        _i++;
        return kind == Kind.Lookaround ? Node.Nothing : inner;
    }

    private enum Kind { Plain, Lookaround }

    /// <summary>Consumes a group's opening after "(": "?:", "?&lt;name&gt;", "?'name'", "?&gt;" (atomic), or a lookaround.</summary>
    private Kind GroupKind()
    {
        if (!More || _p[_i] != '?') return Kind.Plain;
        var rest = _p.AsSpan(_i);
        if (rest.StartsWith("?:") || rest.StartsWith("?>")) { _i += 2; return Kind.Plain; }
        if (rest.StartsWith("?=") || rest.StartsWith("?!")) { _i += 2; return Kind.Lookaround; }
        if (rest.StartsWith("?<=") || rest.StartsWith("?<!")) { _i += 3; return Kind.Lookaround; }
        if (rest.StartsWith("?<") || rest.StartsWith("?'"))
        {
            var close = rest[1] == '<' ? '>' : '\'';
            var end = rest.IndexOf(close);
            if (end < 0 || rest[2..end].ContainsAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")) throw new UnsupportedException();
            _i += end + 1;
            return Kind.Plain;
        }
        throw new UnsupportedException(); // inline options, conditionals, comments, balancing groups
    }

    private Node Escape()
    {
        if (!More) throw new UnsupportedException();
        var c = _p[_i++];
        if (c is 'b' or 'B' or 'A' or 'z' or 'Z' or 'G' or 'd' or 'D' or 'w' or 'W' or 's' or 'S') return Node.Nothing;
        if (char.IsAsciiLetterOrDigit(c) || !char.IsAscii(c)) throw new UnsupportedException();
        return Literal(c);
    }

    private void SkipClass()
    {
        if (More && _p[_i] == '^') _i++;
        if (More && _p[_i] == ']') _i++;
        while (More && _p[_i] != ']')
        {
            if (_p[_i] == '[') throw new UnsupportedException(); // class subtraction
            if (_p[_i] == '\\')
            {
                if (_i + 1 < _p.Length && _p[_i + 1] is 'p' or 'P') throw new UnsupportedException();
                _i++;
            }
            _i++;
        }
        if (!More) throw new UnsupportedException();
        _i++;
    }

    /// <summary>Applies a following quantifier: zero repetitions allowed leaves nothing required; more than one keeps the steps but not the exact strings.</summary>
    private Node Quantified(Node atom)
    {
        if (!More) return atom;
        int min, max;
        switch (_p[_i])
        {
            case '*': min = 0; max = int.MaxValue; _i++; break;
            case '+': min = 1; max = int.MaxValue; _i++; break;
            case '?': min = 0; max = 1; _i++; break;
            case '{': (min, max) = Braces(); break;
            default: return atom;
        }
        if (More && _p[_i] == '?') _i++; // lazy
        if (min == 0) return Node.Nothing;
        return max == 1 ? atom : new Node(null, atom.AsSteps());
    }

    private (int Min, int Max) Braces()
    {
        var end = _p.IndexOf('}', _i);
        if (end < 0) throw new UnsupportedException();
        var body = _p.AsSpan(_i + 1, end - _i - 1);
        _i = end + 1;
        var comma = body.IndexOf(',');
        if (comma < 0) return int.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n, n) : throw new UnsupportedException();
        if (!int.TryParse(body[..comma], NumberStyles.None, CultureInfo.InvariantCulture, out var min)) throw new UnsupportedException();
        if (comma == body.Length - 1) return (min, int.MaxValue);
        return int.TryParse(body[(comma + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? (min, max) : throw new UnsupportedException();
    }
}
