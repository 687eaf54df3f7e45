using System.Xml.Linq;

namespace EqualityMark.ArchitectureTests;

/// <summary>The project references and package references declared in one .csproj.</summary>
internal sealed record ProjectReferences(string Name, IReadOnlyList<string> Projects, IReadOnlyList<string> Packages, bool HasVersionAttributes)
{
    public static ProjectReferences Read(string path)
    {
        var xml = XDocument.Load(path);
        var projects = xml.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        var packages = xml.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ToList();
        var versioned = xml.Descendants("PackageReference").Any(r => r.Attribute("Version") is not null);
        return new ProjectReferences(Path.GetFileNameWithoutExtension(path), projects, packages, versioned);
    }
}
