using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Nexus.Web.Tests.Security;

public sealed class SecurityTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/entities")]
    [InlineData("/api/entities/424242")]
    public async Task Every_response_carries_csp_and_nosniff(string path)
    {
        await using var server = await TestServer.StartAsync();
        var response = await server.Client.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/assets/..%2f..%2fsecret.txt")]
    [InlineData("/assets/%2e%2e%2f%2e%2e%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    public async Task Static_files_never_leave_their_folder(string path)
    {
        await using var server = await TestServer.StartAsync();
        // Raw request line, so no client normalises the dots away before the server sees them.
        var (status, body) = await RawGet(server.Client.BaseAddress!, path);
        Assert.DoesNotContain(TestServer.Secret, body);
        Assert.NotEqual(500, status);
    }

    [Fact]
    public async Task Static_ui_and_its_fallback_are_served()
    {
        await using var server = await TestServer.StartAsync();
        Assert.Contains("console.log", await server.Client.GetStringAsync("/assets/app.js"));
        Assert.Contains("Nexus test UI", await server.Client.GetStringAsync("/graph"));
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/assets/missing.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/nothing-here")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        await using var server = await TestServer.StartAsync();
        var doc = await server.Client.GetStringAsync("/api/openapi.json");
        foreach (var path in new[] { "/api/search", "/api/entities/{id}", "/api/graph", "/api/ingest", "/api/review/claims/{id}", "/api/analyses/whatif" })
            Assert.Contains($"\"{path}\"", doc);
    }

    private static async Task<(int Status, string Body)> RawGet(Uri server, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {server.Host}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ')[1]);
        return (status, response);
    }
}
