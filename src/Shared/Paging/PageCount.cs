namespace EqualityMark.Shared.Paging;

/// <summary>How many pages a list fills: at least one, so an empty list still has its page 1.</summary>
public static class PageCount
{
    public static int For(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}
