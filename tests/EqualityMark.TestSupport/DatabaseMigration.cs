using EqualityMark.Host;
using EqualityMark.Host.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EqualityMark.TestSupport;

/// <summary>Applies the app's migrations (as the owner role), once per test process, exactly as `migrate` does.</summary>
public static class DatabaseMigration
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _done;

    public static async Task EnsureMigratedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_done)
            {
                return;
            }

            var builder = WebApplication.CreateBuilder();
            builder.Configuration["ConnectionStrings:Owner"] = TestDatabase.OwnerConnectionString;
            builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Critical);
            builder.AddEqualityMark(HostMode.Migrate);
            await using var app = builder.Build();
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            _done = true;
        }
        finally
        {
            Gate.Release();
        }
    }
}
