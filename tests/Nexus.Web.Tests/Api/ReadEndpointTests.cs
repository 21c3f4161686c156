using System.Net;
using System.Text.Json;
using Nexus.Web.Tests.Fakes;

namespace Nexus.Web.Tests.Api;

public sealed class ReadEndpointTests
{
    private static async Task<JsonElement> GetJson(TestServer server, string path)
    {
        var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static long IdOf(JsonElement results, string name) =>
        results.EnumerateArray().First(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();

    [Fact]
    public async Task Search_matches_aliases_as_you_type()
    {
        await using var server = await TestServer.StartAsync();
        var byAlias = await GetJson(server, "/api/search?q=NA");
        Assert.Contains(byAlias.EnumerateArray(), e => e.GetProperty("name").GetString() == "Northern Agency");
        var byPrefix = await GetJson(server, "/api/search?q=blu");
        Assert.Equal("Blue Front", byPrefix[0].GetProperty("name").GetString());
        Assert.Equal(0, (await GetJson(server, "/api/search?q=")).GetArrayLength());
    }

    [Fact]
    public async Task Entity_groups_claims_by_relation_with_quote_paragraph_and_denials_beside()
    {
        await using var server = await TestServer.StartAsync();
        var agency = IdOf(await GetJson(server, "/api/search?q=Northern"), "Northern Agency");
        var detail = await GetJson(server, $"/api/entities/{agency}");
        Assert.Equal("StateAgency", detail.GetProperty("entity").GetProperty("type").GetString());
        var sponsors = detail.GetProperty("relations").EnumerateArray().Single(g => g.GetProperty("relation").GetString() == "sponsors" && g.GetProperty("role").GetString() == "source");
        // Two assertions stand; the denial is nested under the claim it contests, not listed alone.
        Assert.Equal(2, sponsors.GetProperty("count").GetInt32());
        var contested = sponsors.GetProperty("claims").EnumerateArray().Single(c => c.TryGetProperty("denials", out _));
        Assert.Equal("Westland", contested.GetProperty("speaker").GetString());
        Assert.Equal("Weekly Two", contested.GetProperty("article").GetProperty("outlet").GetString());
        Assert.Equal("2025-01-05", contested.GetProperty("article").GetProperty("published").GetString());
        var denial = contested.GetProperty("denials")[0];
        Assert.Equal("denied", denial.GetProperty("polarity").GetString());
        Assert.Equal("Southland", denial.GetProperty("speaker").GetString());
        var evidence = contested.GetProperty("evidence");
        var paragraph = evidence.GetProperty("paragraph");
        var quoteInParagraph = paragraph.GetProperty("text").GetString()!.Substring(
            evidence.GetProperty("start").GetInt32() - paragraph.GetProperty("start").GetInt32(), evidence.GetProperty("text").GetString()!.Length);
        Assert.Equal(evidence.GetProperty("text").GetString(), quoteInParagraph);
    }

    [Fact]
    public async Task Unknown_entity_is_a_json_problem()
    {
        await using var server = await TestServer.StartAsync();
        var response = await server.Client.GetAsync("/api/entities/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Article_reader_returns_text_verbatim_with_mention_spans()
    {
        await using var server = await TestServer.StartAsync();
        var list = await GetJson(server, "/api/articles");
        Assert.Equal(3, list.GetProperty("total").GetInt32());
        // Newest first.
        Assert.Equal("2025-02-01", list.GetProperty("items")[0].GetProperty("article").GetProperty("published").GetString());
        var hostileId = list.GetProperty("items")[0].GetProperty("article").GetProperty("id").GetInt64();
        var article = await GetJson(server, $"/api/articles/{hostileId}");
        var text = article.GetProperty("text").GetString()!;
        Assert.Equal(TestArticles.Hostile, text);
        var surfaces = article.GetProperty("mentions").EnumerateArray()
            .Select(m => (Name: m.GetProperty("name").GetString(), Surface: text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]))
            .ToArray();
        Assert.Equal([(TestArticles.HostileName, "<img src=x onerror=\"window.__pwned='img'\"> cell"), ("Red Gang", "Red Gang")], surfaces);
    }

    [Fact]
    public async Task Events_come_newest_first_and_filter_by_window()
    {
        await using var server = await TestServer.StartAsync();
        var events = await GetJson(server, "/api/events");
        Assert.Equal(1, events.GetProperty("total").GetInt32());
        var e = events.GetProperty("items")[0];
        Assert.Equal("attack", e.GetProperty("type").GetString());
        Assert.Equal("Port City", e.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal(0, (await GetJson(server, "/api/events?to=2024-12")).GetProperty("total").GetInt32());
        var bad = await server.Client.GetAsync("/api/events?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
