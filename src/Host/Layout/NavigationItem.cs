namespace EqualityMark.Host.Layout;

public sealed record NavigationItem(string Text, string Href);
