using System.Reflection;
using EqualityMark.Host.Modules;

namespace EqualityMark.ArchitectureTests;

/// <summary>Contracts are the public language between modules: records, enums and interfaces only, no behaviour.</summary>
public sealed class ContractsPurityTests
{
    public static TheoryData<string> ContractsAssemblies()
    {
        var data = new TheoryData<string>();
        foreach (var module in ModuleRegistry.Modules)
        {
            data.Add(module.GetType().Assembly.GetName().Name + ".Contracts");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContractsAssemblies))]
    public void Contracts_hold_only_records_enums_and_interfaces(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var offenders = assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace is not null && !t.Name.StartsWith('<'))
            .Where(t => !(t.IsEnum || t.IsInterface || IsRecord(t)))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, $"Not a record, enum or interface: {string.Join(", ", offenders)}");
    }

    [Theory]
    [MemberData(nameof(ContractsAssemblies))]
    public void Contract_records_are_sealed(string assemblyName)
    {
        var records = Assembly.Load(assemblyName).GetTypes().Where(IsRecord).ToList();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.True(r.IsSealed, $"{r.Name} should be sealed"));
    }

    private static bool IsRecord(Type type) =>
        type.IsClass && type.GetMethod("<Clone>$") is not null;
}
