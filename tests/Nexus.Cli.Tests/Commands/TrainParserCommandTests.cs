using Nexus.Cli.Tests.Infrastructure;
using Nexus.Text.Parsing;

namespace Nexus.Cli.Tests.Commands;

public class TrainParserCommandTests
{
    private static readonly string Ewt = Path.Combine(RepoPaths.Root, "..", "shared", "data", "ud-english-ewt");

    /// <summary>The first <paramref name="count"/> sentences of a treebank, as a CoNLL-U file.</summary>
    private static string Slice(TempFolder tmp, string file, int count)
    {
        var blocks = File.ReadAllText(Path.Combine(Ewt, file)).Split("\n\n").Take(count);
        return tmp.File(file, string.Join("\n\n", blocks) + "\n\n");
    }

    [Fact]
    public void The_beam_flag_trains_a_beam_parser_and_is_kept_in_the_model()
    {
        using var tmp = new TempFolder();
        var train = Slice(tmp, "en_ewt-ud-train.conllu", 120);
        var dev = Slice(tmp, "en_ewt-ud-dev.conllu", 30);
        var tagger = Path.Combine(RepoPaths.Root, "models", "tagger.bin");
        var output = Path.Combine(tmp.Path, "parser.bin");
        var r = NexusProcess.Run(tmp.Path, null, "train", "parser", "--train", train, "--dev", dev, "--tagger", tagger, "--epochs", "1", "--beam", "3", "--out", output);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(3, DependencyParser.Load(output).BeamWidth);

        var bad = NexusProcess.Run(tmp.Path, null, "train", "parser", "--train", train, "--dev", dev, "--tagger", tagger, "--beam", "0", "--out", output);
        Assert.Equal(2, bad.ExitCode);
    }
}
