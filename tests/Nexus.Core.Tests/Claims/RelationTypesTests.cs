using Nexus.Core.Claims;

namespace Nexus.Core.Tests.Claims;

public class RelationTypesTests
{
    [Theory]
    [InlineData(RelationType.Sponsors, "sponsors")]
    [InlineData(RelationType.AlliedWith, "allied_with")]
    [InlineData(RelationType.ClaimsResponsibility, "claims_responsibility")]
    [InlineData(RelationType.RecruitsFrom, "recruits_from")]
    [InlineData(RelationType.OperatesIn, "operates_in")]
    public void Wire_names_are_the_ontology_spelling(RelationType type, string wire)
    {
        Assert.Equal(wire, type.ToWire());
        Assert.Equal(type, RelationTypes.Parse(wire));
    }

    [Fact]
    public void Every_type_round_trips_and_only_three_are_symmetric()
    {
        foreach (var type in RelationTypes.All) Assert.Equal(type, RelationTypes.Parse(type.ToWire()));
        Assert.Equal([RelationType.AlliedWith, RelationType.RivalOf, RelationType.Fights], RelationTypes.All.Where(t => t.IsSymmetric()));
    }

    [Fact]
    public void Unknown_names_are_rejected() => Assert.False(RelationTypes.TryParse("supports", out _));

    [Fact]
    public void Alliance_is_positive_and_rivalry_negative()
    {
        Assert.Equal(1, RelationType.AlliedWith.Sign());
        Assert.Equal(-1, RelationType.RivalOf.Sign());
        Assert.Equal(0, RelationType.OperatesIn.Sign());
    }
}
