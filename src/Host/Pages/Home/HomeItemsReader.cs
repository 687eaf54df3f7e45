using EqualityMark.Shared.Home;

namespace EqualityMark.Host.Pages.Home;

/// <summary>Asks every module what needs the signed-in person's attention, for the home page and <c>GET /api/v1/home</c>.</summary>
public sealed class HomeItemsReader(IEnumerable<IHomeItemSource> sources)
{
    public async Task<HomeItems> ReadAsync(CancellationToken cancellationToken)
    {
        // One after another: the sources share the request's database connections.
        var items = new List<HomeItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.ItemsAsync(cancellationToken));
        }

        return new HomeItems(items);
    }
}
