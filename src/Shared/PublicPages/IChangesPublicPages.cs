namespace EqualityMark.Shared.PublicPages;

/// <summary>
/// Marks a command whose success changes what the authority's public pages show (the register, the programme page,
/// a published equality statement): once it commits, the pages cached for the authority are evicted.
/// </summary>
public interface IChangesPublicPages;
