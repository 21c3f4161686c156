using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Nexus.Store.Sqlite;
using Nexus.Web.Tests.Fakes;

namespace Nexus.Web.Tests.Api;

/// <summary>The API over the real SQLite store: reads, concurrent reads, and reversible merges and splits.</summary>
public sealed class SqliteStoreApiTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nexus-web-sqlite").FullName;

    private SqliteKnowledgeStore NewStore()
    {
        var store = SqliteKnowledgeStore.Open(Path.Combine(_folder, "nexus.db"));
        foreach (var a in TestArticles.All()) store.AddArticle(a);
        return store;
    }

    private static async Task<JsonElement> GetJson(TestServer server, string path) =>
        JsonDocument.Parse(await server.Client.GetStringAsync(path)).RootElement;

    private static async Task<JsonElement> PostJson(TestServer server, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestServer.Token);
        var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static long IdOf(JsonElement search, string name) =>
        search.EnumerateArray().First(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();

    [Fact]
    public async Task Entity_detail_and_graph_read_from_sqlite_under_concurrent_load()
    {
        await using var server = await TestServer.StartAsync(NewStore(), serialize: false);
        var front = IdOf(await GetJson(server, "/api/search?q=blue"), "Blue Front");
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => server.Client.GetAsync($"/api/entities/{front}")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var detail = JsonDocument.Parse(await responses[0].Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(detail.GetProperty("relations").EnumerateArray(), g => g.GetProperty("relation").GetString() == "arms" && g.GetProperty("role").GetString() == "target");
        var graph = await GetJson(server, "/api/graph");
        Assert.Equal("contested", graph.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("relation").GetString() == "sponsors").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Merge_and_split_are_audited_and_undone_exactly()
    {
        await using var server = await TestServer.StartAsync(NewStore(), serialize: false);
        var gang = IdOf(await GetJson(server, "/api/search?q=red"), "Red Gang");
        var front = IdOf(await GetJson(server, "/api/search?q=blue"), "Blue Front");
        var before = await server.Client.GetStringAsync("/api/graph");

        var merge = await PostJson(server, "/api/review/merge", new { keep = front, merge = gang, note = "same group?" });
        Assert.Equal("merge", merge.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync($"/api/entities/{gang}")).StatusCode);
        var merged = await GetJson(server, $"/api/entities/{front}");
        Assert.Contains("Red Gang", merged.GetProperty("entity").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        await PostJson(server, $"/api/review/undo/{merge.GetProperty("id").GetInt64()}", new { });
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"/api/entities/{gang}")).StatusCode);
        Assert.Equal(before, await server.Client.GetStringAsync("/api/graph"));

        var agency = IdOf(await GetJson(server, "/api/search?q=northern"), "Northern Agency");
        var split = await PostJson(server, "/api/review/split", new { entity = agency, name = "NA unit", aliases = new[] { "NA" } });
        var newId = JsonDocument.Parse(split.GetProperty("details").GetString()!).RootElement.GetProperty("Keep").GetInt64();
        var part = await GetJson(server, $"/api/entities/{newId}");
        Assert.Equal(["NA", "NA unit"], part.GetProperty("entity").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Order());
        await PostJson(server, $"/api/review/undo/{split.GetProperty("id").GetInt64()}", new { });
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync($"/api/entities/{newId}")).StatusCode);
        Assert.Equal(before, await server.Client.GetStringAsync("/api/graph"));

        var history = await GetJson(server, "/api/review/history");
        Assert.Equal(["undo", "split", "undo", "merge"], history.EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        Assert.All(history.EnumerateArray().Where(a => a.GetProperty("kind").GetString() != "undo"), a => Assert.True(a.TryGetProperty("undoneBy", out _)));
    }

    [Fact]
    public async Task Review_queue_lists_least_confident_first_and_rejection_leaves_the_graph()
    {
        await using var server = await TestServer.StartAsync(NewStore(), serialize: false);
        var queue = await GetJson(server, "/api/review/queue");
        var confidences = queue.EnumerateArray().Select(c => c.GetProperty("confidence").GetDouble()).ToArray();
        Assert.Equal(confidences.Order(), confidences);
        var rival = queue.EnumerateArray().First(c => c.GetProperty("relation").GetString() == "rival_of").GetProperty("id").GetInt64();
        await PostJson(server, $"/api/review/claims/{rival}", new { status = "rejected" });
        Assert.DoesNotContain("rival_of", await server.Client.GetStringAsync("/api/graph"));
        Assert.DoesNotContain(rival, (await GetJson(server, "/api/review/queue")).EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
