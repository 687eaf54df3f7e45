namespace EqualityMark.Shared.Web;

/// <summary>Whether the signed-in person may open a page of this service, judged by the page's own authorisation policy.</summary>
public interface IPageAccess
{
    /// <param name="path">A page's address without parameters, for example "/events/settings".</param>
    Task<bool> MayOpenAsync(string path);
}
