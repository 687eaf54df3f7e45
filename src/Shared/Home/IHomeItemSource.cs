namespace EqualityMark.Shared.Home;

/// <summary>
/// What a module says needs doing, for the signed-in person (staff or school user) on their home page. Each
/// implementation reads its own module's data for the current tenant and user and returns no items for roles it
/// has nothing to say to.
/// </summary>
public interface IHomeItemSource
{
    Task<IReadOnlyList<HomeItem>> ItemsAsync(CancellationToken cancellationToken);
}
