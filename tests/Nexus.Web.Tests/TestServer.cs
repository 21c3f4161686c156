using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Core.Articles;
using Nexus.Store;
using Nexus.Web.Tests.Fakes;

namespace Nexus.Web.Tests;

/// <summary>The real Kestrel server on 127.0.0.1 with an ephemeral port, a static folder with a secret beside it, and a client.</summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string Token = "test-token-123";
    public const string Secret = "TOP-SECRET-OUTSIDE-WWWROOT";

    private readonly WebApplication _app;
    private readonly string _folder;

    private TestServer(WebApplication app, string folder, HttpClient client)
    {
        _app = app;
        _folder = folder;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<TestServer> StartAsync(IKnowledgeStore? store = null, string? token = Token, long maxRequestBytes = 64 * 1024, bool serialize = true)
    {
        if (store is null)
        {
            var memory = new InMemoryKnowledgeStore();
            foreach (var a in TestArticles.All()) memory.AddArticle(a);
            store = memory;
        }
        var folder = Directory.CreateTempSubdirectory("nexus-web-test").FullName;
        var root = Directory.CreateDirectory(Path.Combine(folder, "wwwroot")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "index.html"), "<!doctype html><title>Nexus test UI</title>");
        File.WriteAllText(Path.Combine(root, "assets", "app.js"), "console.log('ok');");
        File.WriteAllText(Path.Combine(folder, "secret.txt"), Secret);
        var app = NexusWebApp.Build(new NexusWebOptions
        {
            Store = store,
            Urls = "http://127.0.0.1:0",
            Token = token,
            StaticRoot = root,
            MaxRequestBytes = maxRequestBytes,
            Extractor = a => new ArticleExtraction(a, [], [], []),
            SerializeStoreAccess = serialize,
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(app, folder, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
