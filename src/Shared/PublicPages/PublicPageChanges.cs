namespace EqualityMark.Shared.PublicPages;

/// <summary>Per scope: whether a command run in it changed the public pages, so the outermost request evicts them once.</summary>
public sealed class PublicPageChanges
{
    public bool Changed { get; set; }
}
