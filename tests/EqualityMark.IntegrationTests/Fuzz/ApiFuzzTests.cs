using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace EqualityMark.IntegrationTests.Fuzz;

/// <summary>
/// Property: whatever bad input a client sends to any operation of the OpenAPI document, the answer is never a
/// server error. Fixed seed and a few cases per operation keep it repeatable and quick.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class ApiFuzzTests(AppFixture app, ITestOutputHelper output)
{
    private const int CasesPerOperation = 4;
    private const ulong Seed = 20_260_529;

    [Fact]
    public async Task No_operation_answers_bad_input_with_a_server_error_or_accepts_it()
    {
        var platform = app.Factory.ForPlatform();
        var document = JsonNode.Parse(await platform.GetStringAsync("/openapi/v1.json"))!.AsObject();
        var operations = OpenApiOperation.AllIn(document);
        var school = await app.CreateAsync(app.Lancashire);
        var callers = new FuzzCallers(
            await app.SignInAsync("lancashire", "admin"), await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail), await app.SignInOperatorAsync());
        var requests = new FuzzRequests(new OpenApiSchemas(document["components"]!["schemas"]!.AsObject()), school.School.Id);

        var failures = new List<string>();
        var sent = 0;
        var statuses = new List<int>();
        var index = 0UL;
        foreach (var operation in operations)
        {
            var generator = requests.For(operation);
            if (generator is null)
            {
                continue;
            }

            var cases = Gen.Sample(generator, 10, new Rnd(Seed + index++), CasesPerOperation).ToArray();
            for (var i = 0; i < cases.Length; i++)
            {
                var (who, client) = callers.For(operation, i);
                using var response = await client.SendAsync(cases[i].ToMessage());
                sent++;
                statuses.Add((int)response.StatusCode);
                if (operation.Method != "GET" && response.IsSuccessStatusCode)
                {
                    failures.Add($"accepted a change with bad input ({(int)response.StatusCode}) as {who}: {cases[i]}");
                }

                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} as {who}: {cases[i]}");
                }
            }
        }

        output.WriteLine($"{sent} calls to {operations.Count} operations: " + string.Join(", ", statuses.CountBy(s => s).OrderBy(c => c.Key).Select(c => $"{c.Key}: {c.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} server errors:\n{string.Join('\n', failures)}");
        Assert.True(sent >= operations.Count * 2, $"only {sent} calls for {operations.Count} operations");
    }
}
