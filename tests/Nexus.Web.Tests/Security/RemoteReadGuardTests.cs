using System.Net;
using Microsoft.AspNetCore.Http;
using Nexus.Web.Security;
using Nexus.Web.Tests.Fakes;

namespace Nexus.Web.Tests.Security;

public sealed class RemoteReadGuardTests
{
    private static async Task<(bool Passed, int Status)> Send(string remote, string path, string? authorization)
    {
        var passed = false;
        var guard = new RemoteReadGuard(_ => { passed = true; return Task.CompletedTask; },
            new NexusWebOptions { Store = new InMemoryKnowledgeStore(), Token = TestServer.Token });
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        if (authorization is not null) context.Request.Headers.Authorization = authorization;
        await guard.InvokeAsync(context);
        return (passed, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", "/api/entities", null, true)]
    [InlineData("::1", "/api/graph", null, true)]
    [InlineData("10.1.2.3", "/api/entities", null, false)]
    [InlineData("10.1.2.3", "/api/entities", "Bearer wrong", false)]
    [InlineData("10.1.2.3", "/api/entities", "Bearer " + TestServer.Token, true)]
    [InlineData("10.1.2.3", "/index.html", null, true)]
    public async Task Remote_clients_need_the_token_to_read_the_api(string remote, string path, string? authorization, bool allowed)
    {
        var (passed, status) = await Send(remote, path, authorization);
        Assert.Equal(allowed, passed);
        if (!allowed) Assert.Equal(StatusCodes.Status401Unauthorized, status);
    }
}
