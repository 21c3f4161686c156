using System.CommandLine;
using Nexus.Ingestion.Reading;

namespace Nexus.Cli.Commands;

/// <summary>Options that several verbs share, built fresh for each command.</summary>
public static class CommonOptions
{
    public static Option<long> MaxBytes() => new("--max-bytes")
    {
        Description = "Refuse any input larger than this many bytes",
        DefaultValueFactory = _ => ReaderOptions.DefaultMaxBytes,
    };

    /// <summary>
    /// Input paths: anything that looks like a flag (other than "-" for stdin) is an unknown option,
    /// not a file name, so a mistyped flag fails as a usage error instead of "no such file".
    /// </summary>
    public static Argument<string[]> InputPaths(string description)
    {
        var paths = new Argument<string[]>("paths") { Description = description, Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-')
                    result.AddError($"unknown option '{token.Value}'");
        });
        return paths;
    }

    public static Option<string> Database() => new("--db")
    {
        Description = "The SQLite store to use",
        DefaultValueFactory = _ => "nexus.db",
    };
}
