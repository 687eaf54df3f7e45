namespace EqualityMark.Host.Capacity;

internal static class CapacitySetup
{
    public static void AddEqualityMarkCapacity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CapacityOptions>(configuration.GetSection("Capacity"));
        services.AddSingleton<RequestQueue>();
    }

    public static IApplicationBuilder UseEqualityMarkRequestQueue(this IApplicationBuilder app) => app.UseMiddleware<RequestQueueMiddleware>();
}
