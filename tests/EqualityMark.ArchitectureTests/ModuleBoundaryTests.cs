namespace EqualityMark.ArchitectureTests;

/// <summary>A module may reference only Shared, its own Contracts and other modules' Contracts.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly IReadOnlyList<ProjectReferences> ModuleProjects =
        RepositoryFiles.ProjectFiles("src/Modules").Select(ProjectReferences.Read).ToList();

    [Fact]
    public void Modules_exist_in_the_two_project_shape()
    {
        var runtimes = ModuleProjects.Where(p => !p.Name.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(runtimes);
        foreach (var runtime in runtimes)
        {
            Assert.Contains(ModuleProjects, p => p.Name == runtime.Name + ".Contracts");
        }
    }

    [Fact]
    public void Module_runtime_projects_reference_only_shared_and_contracts()
    {
        foreach (var project in ModuleProjects.Where(p => !p.Name.EndsWith(".Contracts", StringComparison.Ordinal)))
        {
            var forbidden = project.Projects
                .Where(r => r != "EqualityMark.Shared" && !r.EndsWith(".Contracts", StringComparison.Ordinal))
                .ToList();
            Assert.True(forbidden.Count == 0, $"{project.Name} references {string.Join(", ", forbidden)}: modules talk through Contracts only.");
        }
    }

    [Fact]
    public void Contracts_projects_reference_only_shared()
    {
        foreach (var project in ModuleProjects.Where(p => p.Name.EndsWith(".Contracts", StringComparison.Ordinal)))
        {
            Assert.All(project.Projects, r => Assert.Equal("EqualityMark.Shared", r));
            Assert.Empty(project.Packages);
        }
    }

    [Fact]
    public void Shared_references_no_module()
    {
        var shared = ProjectReferences.Read(Path.Combine(RepositoryFiles.Root, "src/Shared/EqualityMark.Shared.csproj"));
        Assert.Empty(shared.Projects);
    }

    [Fact]
    public void No_project_sets_a_package_version_of_its_own()
    {
        var all = RepositoryFiles.ProjectFiles("src").Concat(RepositoryFiles.ProjectFiles("tests")).Select(ProjectReferences.Read);
        Assert.All(all, p => Assert.False(p.HasVersionAttributes, $"{p.Name} sets a package version; versions live in Directory.Packages.props."));
    }
}
