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
        Assert.Equal("Red Gang", result.GetProperty("removed")[0].GetProperty("name").GetString());
        var loss = result.GetProperty("result").GetProperty("lostOnlySource").EnumerateArray().Single(l => l.GetProperty("relation").GetString() == "arms");
        Assert.Equal("Blue Front", loss.GetProperty("name").GetString());
        Assert.Equal(["Red Gang"], loss.GetProperty("lostSuppliers").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/api/analyses/whatif?remove=x")).StatusCode);
    }

    [Fact]
    public async Task Exports_come_in_every_format_with_hostile_names_quoted()
    {
        await using var server = await TestServer.StartAsync();
        var csv = await server.Client.GetStringAsync("/api/exports/csv");
        Assert.StartsWith("source_id,source,", csv);
        Assert.Contains("\"<img src=x onerror=\"\"window.__pwned='name'\"\">\"", csv);
        var gexf = await server.Client.GetAsync("/api/exports/gexf?asOf=2024-12-31");
        Assert.Equal("application/gexf+xml", gexf.Content.Headers.ContentType?.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await gexf.Content.ReadAsStringAsync());
        Assert.Equal("gexf", xml.Root!.Name.LocalName);
        var stix = JsonDocument.Parse(await server.Client.GetStringAsync("/api/exports/stix")).RootElement;
        Assert.Equal("bundle", stix.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/exports/pdf")).StatusCode);
    }

    [Theory]
    [InlineData("centrality")]
    [InlineData("brokers")]
    [InlineData("communities")]
    [InlineData("rifts")]
    [InlineData("sensitivity")]
    public async Task Every_listed_analysis_answers(string name)
    {
        await using var server = await TestServer.StartAsync();
        var listed = (await GetJson(server, "/api/analyses")).EnumerateArray().Select(a => a.GetProperty("name").GetString());
        Assert.Contains(name, listed);
        var result = await server.Client.GetAsync($"/api/analyses/{name}");
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
    }

    [Fact]
    public async Task Threads_come_newest_first_with_their_dots()
    {
        await using var server = await TestServer.StartAsync();
        var threads = await GetJson(server, "/api/threads");
        Assert.True(threads.GetArrayLength() >= 1);
        var lasts = threads.EnumerateArray().Select(t => t.GetProperty("last").GetString()!).ToArray();
        Assert.Equal(lasts.OrderDescending(StringComparer.Ordinal), lasts);
        var dots = threads.EnumerateArray().SelectMany(t => t.GetProperty("dots").EnumerateArray()).Select(d => d.GetProperty("articleId").GetInt64()).ToArray();
        Assert.Equal(3, dots.Distinct().Count());
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/api/threads?from=someday")).StatusCode);
        Assert.Empty((await GetJson(server, "/api/threads?to=2020")).EnumerateArray());
    }

    [Fact]
    public async Task Rifts_show_the_supplier_turned_rival()
    {
        await using var server = await TestServer.StartAsync();
        var rifts = await GetJson(server, "/api/analyses/rifts");
        var change = rifts.GetProperty("signChanges").EnumerateArray().Single();
        Assert.Equal(["Blue Front", "Red Gang"], new[] { change.GetProperty("a").GetString(), change.GetProperty("b").GetString() }.Order());
        var changes = await GetJson(server, "/api/analyses/changes?from=2024-06&to=2025-06");
        Assert.Contains(changes.EnumerateArray(), c => c.GetProperty("relation").GetString() == "rival_of" && c.GetProperty("kind").GetString() == "new");
    }
}
