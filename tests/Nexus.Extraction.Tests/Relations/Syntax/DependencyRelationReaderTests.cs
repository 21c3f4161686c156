using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Relations.Syntax;

/// <summary>
/// Relations read off the parse (shipped tagger and parser), in sentences written for the test whose wording
/// the surface patterns do not cover. Invented actors, so no knowledge base helps.
/// </summary>
public class DependencyRelationReaderTests
{
    private static TestArticle Groups(string text) => new TestArticle(text)
        .With("Northern Legion", EntityType.MilitantGroup, "Northern Legion", "the Legion")
        .With("Sable Front", EntityType.MilitantGroup)
        .With("Directorate of Security", EntityType.StateAgency)
        .With("Veloria", EntityType.Government, "Veloria", "Velorian")
        .With("Ostrand", EntityType.Government)
        .With("Halden", EntityType.Location)
        .With("Marek Dorn", EntityType.Person)
        .Parsed();

    [Theory]
    [InlineData("The Northern Legion defeated the Sable Front near the river.", "Northern Legion fights Sable Front")]
    [InlineData("Velorian troops confronted the Sable Front in the hills.", "Veloria fights Sable Front")]
    [InlineData("The Sable Front, which Ostrand has funded for years, lost ground.", "Ostrand funds Sable Front")]
    [InlineData("The Sable Front, equipped by Ostrand, seized the town.", "Ostrand arms Sable Front")]
    [InlineData("Ostrand carried out an airstrike against the Sable Front last month.", "Ostrand attacks Sable Front")]
    [InlineData("Veloria launched a major offensive against the Northern Legion in 2022.", "Veloria fights Northern Legion")]
    [InlineData("Officers of the Directorate of Security are believed to advise the Sable Front.", "Directorate of Security trains Sable Front")]
    [InlineData("The Sable Front received weapons from Ostrand.", "Ostrand arms Sable Front")]
    [InlineData("Velorian troops have attacked hideouts of the Sable Front.", "Veloria attacks Sable Front")]
    [InlineData("The Sable Front was founded in 2007 by Marek Dorn.", "Marek Dorn leads Sable Front")]
    [InlineData("Marek Dorn, the Sable Front's chief spokesman, denied the report.", "Marek Dorn member_of Sable Front")]
    [InlineData("The Sable Front, a proxy of the Directorate of Security, grew quickly.", "Directorate of Security sponsors Sable Front")]
    [InlineData("The Sable Front is part of the Northern Legion.", "Sable Front member_of Northern Legion")]
    [InlineData("Marek Dorn is the leader of the Sable Front.", "Marek Dorn leads Sable Front")]
    [InlineData("Police blamed the Halden-based Sable Front for the blast.", "Sable Front operates_in Halden")]
    [InlineData("Police said the Sable Front carried out the attack on pilgrims in Halden on Tuesday.", "Sable Front attacks Halden")]
    public void Verbs_nouns_and_light_verbs_on_the_parse(string sentence, string expected) =>
        Assert.Contains(expected, Groups(sentence).Relations());

    [Fact]
    public void Coordinated_objects_give_one_relation_each()
    {
        var relations = Groups("The Directorate of Security funds the Sable Front and the Northern Legion.").Relations();
        Assert.Contains("Directorate of Security funds Sable Front", relations);
        Assert.Contains("Directorate of Security funds Northern Legion", relations);
    }

    [Theory]
    [InlineData("Veloria and Ostrand fought a brief border war in 2019.", "Veloria fights Ostrand")]
    [InlineData("The Sable Front and the Northern Legion have cooperated since 2020.", "Sable Front allied_with Northern Legion")]
    public void Symmetric_cues_relate_coordinated_subjects(string sentence, string expected) =>
        Assert.Contains(expected, Groups(sentence).Relations());

    [Theory]
    [InlineData("The Directorate of Security said the Sable Front attacked Halden on Monday.")]
    [InlineData("Veloria ordered the Sable Front to attack Halden.")]
    public void The_object_of_the_head_verb_does_what_its_complement_says(string sentence)
    {
        var relations = Groups(sentence).Relations();
        Assert.Contains("Sable Front attacks Halden", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Directorate of Security attacks", StringComparison.Ordinal) || r.StartsWith("Veloria attacks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_is_not_the_agent_of_the_clause_it_reports_even_when_the_parser_makes_its_subject_an_object()
    {
        // The shipped parser reads "Hamas" as the object of "said" and "attacked" as its xcomp.
        const string text = "The Israeli military said Hamas attacked Jerusalem on Monday.";
        var pipeline = Nexus.Extraction.Pipeline.DefaultPipeline.Create(Nexus.Extraction.Tests.TestSupport.EntityTestModels.ModelsDirectory());
        var extraction = pipeline.Extract(Nexus.Core.Articles.Article.FromPlainText(text, new Nexus.Core.Articles.ArticleMetadata(Path: "t")));
        var names = extraction.Entities.ToDictionary(e => e.Id, e => e.Name);
        var relations = extraction.Claims.Select(c => $"{names[c.SourceId]} {c.Type.ToWire()} {names[c.TargetId]}").ToList();
        Assert.Contains("Hamas attacks Jerusalem", relations);
        Assert.Single(relations, r => r.Contains(" attacks ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Northern Legion Army held a parade in Halden.")]
    [InlineData("Marek Dorn visited Halden and Ostrand last year.")]
    public void Sentences_without_a_cue_give_no_relation(string sentence) =>
        Assert.Empty(Groups(sentence).Relations());
}
