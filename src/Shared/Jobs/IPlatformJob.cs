namespace EqualityMark.Shared.Jobs;

/// <summary>
/// A recurring job that runs once for the whole platform rather than once per authority (declared with
/// <see cref="JobServiceCollectionExtensions.AddPlatformJob{TJob}"/>). It has no tenant: it must not use a module's
/// DbContext, only a connection whose role allows exactly what the job needs.
/// </summary>
public interface IPlatformJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
