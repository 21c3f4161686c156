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

    public static Option<string> Database() => new("--db")
    {
        Description = "The SQLite store to use",
        DefaultValueFactory = _ => "nexus.db",
    };
}
