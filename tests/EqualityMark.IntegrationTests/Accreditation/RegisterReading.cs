using System.Net.Http.Json;
using System.Text.Json;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>Reads every page of the public register's JSON, so a test finds its own schools among everyone else's.</summary>
internal static class RegisterReading
{
    public static async Task<List<JsonElement>> RegisterSchoolsAsync(this HttpClient client, string filters = "")
    {
        var schools = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var register = await client.GetFromJsonAsync<JsonElement>($"/api/v1/register?page={page}{filters}");
            schools.AddRange(register.GetProperty("schools").EnumerateArray());
            if (page >= register.GetProperty("pageCount").GetInt32())
            {
                return schools;
            }
        }
    }

    public static JsonElement? School(this List<JsonElement> schools, string urn) =>
        schools.Cast<JsonElement?>().FirstOrDefault(s => s!.Value.GetProperty("urn").GetString() == urn);

    public static List<string> AwardTitles(this JsonElement school) =>
        school.GetProperty("awards").EnumerateArray().Select(a => a.GetProperty("title").GetString()!).ToList();
}
