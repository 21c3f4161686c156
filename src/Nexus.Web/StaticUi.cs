using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Nexus.Web.Security;

namespace Nexus.Web;

/// <summary>
/// Serves the built UI from one folder only. The physical file provider refuses paths that leave
/// that folder ("..", absolute, hidden files); anything else that is not /api gets index.html.
/// </summary>
public static class StaticUi
{
    public static void Map(WebApplication app, string root)
    {
        if (!Directory.Exists(root))
        {
            app.MapFallback(() => Problems.Result(StatusCodes.Status404NotFound, "No UI", "The web UI was not built; the API is under /api."));
            return;
        }
        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ServeUnknownFileTypes = false,
            OnPrepareResponse = c =>
            {
                // Hashed asset names never change content; index.html must be re-read.
                c.Context.Response.Headers.CacheControl = c.File.Name == "index.html" ? "no-cache" : "public, max-age=31536000, immutable";
            },
        });
        app.MapFallback(async context =>
        {
            if (context.Request.Path.StartsWithSegments("/api") || Path.HasExtension(context.Request.Path.Value))
            {
                await Problems.Write(context, StatusCodes.Status404NotFound, "Not found", "No such resource.");
                return;
            }
            var index = files.GetFileInfo("index.html");
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.SendFileAsync(index);
        });
    }
}
