using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Nexus.Web.Tests.Security;

public sealed class WriteAccessTests
{
    private static HttpRequestMessage Post(string path, HttpContent content, string? token = TestServer.Token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static StringContent Text(string body, string media = "text/plain") => new(body, Encoding.UTF8, media);

    [Fact]
    public async Task Ingest_needs_the_token()
    {
        await using var server = await TestServer.StartAsync();
        var none = await server.Client.SendAsync(Post("/api/ingest", Text("An article."), token: null));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        var wrong = await server.Client.SendAsync(Post("/api/ingest", Text("An article."), token: "test-token-124"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var right = await server.Client.SendAsync(Post("/api/ingest", Text("A new article about nobody.")));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var report = JsonDocument.Parse(await right.Content.ReadAsStringAsync()).RootElement;
        Assert.False(report.GetProperty("ingested")[0].GetProperty("duplicate").GetBoolean());
        var total = JsonDocument.Parse(await server.Client.GetStringAsync("/api/articles")).RootElement.GetProperty("total").GetInt32();
        Assert.Equal(4, total);
        var again = JsonDocument.Parse(await (await server.Client.SendAsync(Post("/api/ingest", Text("A new article about nobody.")))).Content.ReadAsStringAsync()).RootElement;
        Assert.True(again.GetProperty("ingested")[0].GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task Ingest_reads_json_lines_with_their_metadata_and_reports_bad_lines()
    {
        await using var server = await TestServer.StartAsync();
        const string lines = "{\"title\":\"First line\",\"outlet\":\"Wire\",\"published\":\"2025-03-04\",\"text\":\"One article body.\"}\n"
            + "{broken\n"
            + "{\"title\":\"Second line\",\"text\":\"Another article body.\"}\n";
        var response = await server.Client.SendAsync(Post("/api/ingest", Text(lines, "application/x-ndjson")));
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, report.GetProperty("ingested").GetArrayLength());
        Assert.Equal(2, report.GetProperty("failed")[0].GetProperty("line").GetInt32());
        var first = report.GetProperty("ingested")[0].GetProperty("articleId").GetInt64();
        var article = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/articles/{first}")).RootElement.GetProperty("article");
        Assert.Equal("First line", article.GetProperty("title").GetString());
        Assert.Equal("Wire", article.GetProperty("outlet").GetString());
        Assert.Equal("2025-03-04", article.GetProperty("published").GetString());
        var unsupported = await server.Client.SendAsync(Post("/api/ingest", Text("%PDF", "application/pdf")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_token_writes_are_refused()
    {
        await using var server = await TestServer.StartAsync(token: null);
        var response = await server.Client.SendAsync(Post("/api/ingest", Text("An article.")));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_accepts_multipart_files_and_reports_bad_ones()
    {
        await using var server = await TestServer.StartAsync();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("First uploaded article.")), "files", "one.txt" },
            { new ByteArrayContent([]), "files", "empty.txt" },
        };
        var response = await server.Client.SendAsync(Post("/api/ingest", form));
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("one.txt", report.GetProperty("ingested")[0].GetProperty("source").GetString());
        Assert.Equal("empty.txt", report.GetProperty("failed")[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_with_413()
    {
        await using var server = await TestServer.StartAsync(maxRequestBytes: 4096);
        var response = await server.Client.SendAsync(Post("/api/ingest", Text(new string('x', 10_000))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        await using var server = await TestServer.StartAsync();
        var response = await server.Client.SendAsync(Post("/api/review/claims/1", Text("{\"status\": ", "application/json")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var wrongValue = await server.Client.SendAsync(Post("/api/review/claims/1", JsonContent.Create(new { status = "maybe" })));
        Assert.Equal(HttpStatusCode.BadRequest, wrongValue.StatusCode);
    }

    [Fact]
    public async Task Review_is_audited_reversible_and_changes_the_graph()
    {
        await using var server = await TestServer.StartAsync();
        var graph = JsonDocument.Parse(await server.Client.GetStringAsync("/api/graph")).RootElement;
        var arms = graph.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("relation").GetString() == "arms");
        var claimId = arms.GetProperty("claimIds")[0].GetInt64();

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(Post($"/api/review/claims/{claimId}", JsonContent.Create(new { status = "rejected" }), token: null))).StatusCode);
        var rejected = await server.Client.SendAsync(Post($"/api/review/claims/{claimId}", JsonContent.Create(new { status = "rejected", note = "misread" })));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var actionId = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        Assert.DoesNotContain("\"arms\"", await server.Client.GetStringAsync("/api/graph"));

        var history = JsonDocument.Parse(await server.Client.GetStringAsync("/api/review/history")).RootElement;
        Assert.Equal("review", history[0].GetProperty("kind").GetString());
        Assert.Equal("misread", history[0].GetProperty("note").GetString());

        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(Post($"/api/review/undo/{actionId}", Text("")))).StatusCode);
        Assert.Contains("\"arms\"", await server.Client.GetStringAsync("/api/graph"));
        Assert.Equal(HttpStatusCode.Conflict, (await server.Client.SendAsync(Post($"/api/review/undo/{actionId}", Text("")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.SendAsync(Post("/api/review/claims/987654", JsonContent.Create(new { status = "confirmed" })))).StatusCode);
    }
}
