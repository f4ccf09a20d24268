#nullable enable
using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Text.Json.Serialization;
using System.Xml.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Newtonsoft.Json;

namespace Altinn.App.Models.Soknad
{
  [XmlRoot(ElementName="soknad")]
  public class Soknad
  {
    [XmlElement("Soker", Order = 1)]
    [JsonProperty("Soker")]
    [JsonPropertyName("Soker")]
    public Soker? Soker { get; set; }

    [XmlElement("Arrangement", Order = 2)]
    [JsonProperty("Arrangement")]
    [JsonPropertyName("Arrangement")]
    public Arrangement? Arrangement { get; set; }

    [XmlElement("AnsvarligePersoner", Order = 3)]
    [JsonProperty("AnsvarligePersoner")]
    [JsonPropertyName("AnsvarligePersoner")]
    public List<AnsvarligPerson>? AnsvarligePersoner { get; set; }

    [XmlElement("Samtykke", Order = 4)]
    [JsonProperty("Samtykke")]
    [JsonPropertyName("Samtykke")]
    public bool? Samtykke { get; set; }

    public bool ShouldSerializeSamtykke() => Samtykke.HasValue;

  }

  public class Soker
  {
    [XmlElement("SokerType", Order = 1)]
    [JsonProperty("SokerType")]
    [JsonPropertyName("SokerType")]
    public string? SokerType { get; set; }

    [MaxLength(200)]
    [XmlElement("Navn", Order = 2)]
    [JsonProperty("Navn")]
    [JsonPropertyName("Navn")]
    public string? Navn { get; set; }

    [RegularExpression(@"^[0-9]{11}$")]
    [XmlElement("Foedselsnummer", Order = 3)]
    [JsonProperty("Foedselsnummer")]
    [JsonPropertyName("Foedselsnummer")]
    public string? Foedselsnummer { get; set; }

    [RegularExpression(@"^[0-9]{9}$")]
    [XmlElement("Organisasjonsnummer", Order = 4)]
    [JsonProperty("Organisasjonsnummer")]
    [JsonPropertyName("Organisasjonsnummer")]
    public string? Organisasjonsnummer { get; set; }

    [MaxLength(254)]
    [XmlElement("Epost", Order = 5)]
    [JsonProperty("Epost")]
    [JsonPropertyName("Epost")]
    public string? Epost { get; set; }

    [MaxLength(20)]
    [XmlElement("Telefon", Order = 6)]
    [JsonProperty("Telefon")]
    [JsonPropertyName("Telefon")]
    public string? Telefon { get; set; }

  }

  public class Arrangement
  {
    [MaxLength(200)]
    [XmlElement("Navn", Order = 1)]
    [JsonProperty("Navn")]
    [JsonPropertyName("Navn")]
    public string? Navn { get; set; }

    [XmlElement("Type", Order = 2)]
    [JsonProperty("Type")]
    [JsonPropertyName("Type")]
    public string? Type { get; set; }

    [RegularExpression(@"^[0-9]{4}$")]
    [XmlElement("Kommune", Order = 3)]
    [JsonProperty("Kommune")]
    [JsonPropertyName("Kommune")]
    public string? Kommune { get; set; }

    [XmlElement("StartDato", Order = 4)]
    [JsonProperty("StartDato")]
    [JsonPropertyName("StartDato")]
    public string? StartDato { get; set; }

    [XmlElement("SluttDato", Order = 5)]
    [JsonProperty("SluttDato")]
    [JsonPropertyName("SluttDato")]
    public string? SluttDato { get; set; }

    [MaxLength(300)]
    [XmlElement("Adresse", Order = 6)]
    [JsonProperty("Adresse")]
    [JsonPropertyName("Adresse")]
    public string? Adresse { get; set; }

    [Range(1, 1000000)]
    [XmlElement("ForventetAntallDeltakere", Order = 7)]
    [JsonProperty("ForventetAntallDeltakere")]
    [JsonPropertyName("ForventetAntallDeltakere")]
    [Required]
    public int? ForventetAntallDeltakere { get; set; }

    [XmlElement("ServererAlkohol", Order = 8)]
    [JsonProperty("ServererAlkohol")]
    [JsonPropertyName("ServererAlkohol")]
    [Required]
    public bool? ServererAlkohol { get; set; }

    [XmlElement("Alkohol", Order = 9)]
    [JsonProperty("Alkohol")]
    [JsonPropertyName("Alkohol")]
    public Alkoholservering? Alkohol { get; set; }

    [MaxLength(2000)]
    [XmlElement("Beskrivelse", Order = 10)]
    [JsonProperty("Beskrivelse")]
    [JsonPropertyName("Beskrivelse")]
    public string? Beskrivelse { get; set; }

  }

  public class Alkoholservering
  {
    [MaxLength(50)]
    [XmlElement("Bevillingsnummer", Order = 1)]
    [JsonProperty("Bevillingsnummer")]
    [JsonPropertyName("Bevillingsnummer")]
    public string? Bevillingsnummer { get; set; }

    [MaxLength(500)]
    [XmlElement("Skjenketider", Order = 2)]
    [JsonProperty("Skjenketider")]
    [JsonPropertyName("Skjenketider")]
    public string? Skjenketider { get; set; }

  }

  public class AnsvarligPerson
  {
    [XmlAttribute("altinnRowId")]
    [JsonPropertyName("altinnRowId")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    [Newtonsoft.Json.JsonIgnore]
    public Guid AltinnRowId { get; set; }

    public bool ShouldSerializeAltinnRowId() => AltinnRowId != default;

    [MaxLength(200)]
    [XmlElement("Navn", Order = 1)]
    [JsonProperty("Navn")]
    [JsonPropertyName("Navn")]
    public string? Navn { get; set; }

    [MaxLength(100)]
    [XmlElement("Rolle", Order = 2)]
    [JsonProperty("Rolle")]
    [JsonPropertyName("Rolle")]
    public string? Rolle { get; set; }

    [MaxLength(20)]
    [XmlElement("Telefon", Order = 3)]
    [JsonProperty("Telefon")]
    [JsonPropertyName("Telefon")]
    public string? Telefon { get; set; }

    [MaxLength(254)]
    [XmlElement("Epost", Order = 4)]
    [JsonProperty("Epost")]
    [JsonPropertyName("Epost")]
    public string? Epost { get; set; }

  }
}
