using System.Net;
using System.Text.Json;

namespace Nexus.Web.Tests.Api;

public sealed class GraphEndpointTests
{
    private static async Task<JsonElement> GetJson(TestServer server, string path)
    {
        var response = await server.Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static Dictionary<string, JsonElement> EdgesByRelation(JsonElement graph) =>
        graph.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("relation").GetString()!);

    [Fact]
    public async Task Edges_carry_status_from_outlets_and_denials()
    {
        await using var server = await TestServer.StartAsync();
        var edges = EdgesByRelation(await GetJson(server, "/api/graph"));
        Assert.Equal("contested", edges["sponsors"].GetProperty("status").GetString());
        Assert.Equal(2, edges["sponsors"].GetProperty("independentSources").GetInt32());
        Assert.Equal(["Southland"], edges["sponsors"].GetProperty("deniedBy").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal("single-source", edges["arms"].GetProperty("status").GetString());
        Assert.Equal("2024-03-10", edges["arms"].GetProperty("firstSeen").GetString());
    }

    [Fact]
    public async Task As_of_a_date_shows_only_what_had_been_reported()
    {
        await using var server = await TestServer.StartAsync();
        var then = EdgesByRelation(await GetJson(server, "/api/graph?asOf=2024-12-31"));
        Assert.Equal(["arms", "sponsors"], then.Keys.Order());
        Assert.Equal("single-source", then["sponsors"].GetProperty("status").GetString());
        var now = EdgesByRelation(await GetJson(server, "/api/graph"));
        Assert.Contains("rival_of", now.Keys);
    }

    [Fact]
    public async Task Filters_by_relation_confidence_and_contested()
    {
        await using var server = await TestServer.StartAsync();
        Assert.Equal(["arms"], EdgesByRelation(await GetJson(server, "/api/graph?types=arms")).Keys);
        Assert.DoesNotContain("sponsors", EdgesByRelation(await GetJson(server, "/api/graph?contested=exclude")).Keys);
        Assert.Equal(["sponsors"], EdgesByRelation(await GetJson(server, "/api/graph?contested=only")).Keys);
        var sure = EdgesByRelation(await GetJson(server, "/api/graph?minConfidence=0.65"));
        Assert.All(sure.Values, e => Assert.True(e.GetProperty("confidence").GetDouble() >= 0.65));
        Assert.DoesNotContain("rival_of", sure.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/api/graph?types=befriends")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/api/graph?minConfidence=2")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/api/graph?asOf=soon")).StatusCode);
    }

    [Fact]
    public async Task Nodes_are_sized_by_centrality_with_the_hub_largest()
    {
        await using var server = await TestServer.StartAsync();
        var nodes = (await GetJson(server, "/api/graph")).GetProperty("nodes");
        Assert.Equal("Blue Front", nodes[0].GetProperty("name").GetString());
        Assert.Equal(1.0, nodes[0].GetProperty("centrality").GetDouble());
    }

    [Fact]
    public async Task What_if_removing_the_supplier_cuts_the_only_arms_source()
    {
        await using var server = await TestServer.StartAsync();
        var gang = (await GetJson(server, "/api/search?q=Red")).EnumerateArray().First().GetProperty("id").GetInt64();
        var result = await GetJson(server, $"/api/analyses/whatif?remove={gang}");
        var loss = result.GetProperty("losses").EnumerateArray().Single(l => l.GetProperty("relation").GetString() == "arms");
        Assert.Equal("Blue Front", loss.GetProperty("entity").GetProperty("name").GetString());
        Assert.True(loss.GetProperty("onlySource").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/api/analyses/whatif?remove=x")).StatusCode);
    }

    [Fact]
    public async Task Csv_export_quotes_and_defuses_hostile_names()
    {
        await using var server = await TestServer.StartAsync();
        var csv = await server.Client.GetStringAsync("/api/exports/csv");
        Assert.StartsWith("source_id,source,relation", csv);
        Assert.Contains("\"<img src=x onerror=\"\"window.__pwned='name'\"\">\"", csv);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/exports/pdf")).StatusCode);
    }
}
