using System.Net;
using Microsoft.AspNetCore.Http;

namespace Nexus.Web.Security;

/// <summary>
/// Reads are open only on loopback. If the server is bound to another address (--urls), a remote
/// client must present the token even to read the API.
/// </summary>
public sealed class RemoteReadGuard(RequestDelegate next, NexusWebOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        var local = remote is null || IPAddress.IsLoopback(remote);
        if (local || !context.Request.Path.StartsWithSegments("/api")) return next(context);
        if (!string.IsNullOrEmpty(options.Token) && WriteTokenFilter.HasToken(context.Request, options.Token)) return next(context);
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.Write(context, StatusCodes.Status401Unauthorized, "Token required", "Only loopback clients may read without a token.");
    }
}
