package org.homeward.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the HXL readers (CSV and XLSX) with arbitrary bytes and with valid files mutated byte by byte: reading
 * either yields rows or refuses the file with a problem a person can act on (a 4xx), never another exception.
 */
class HxlReaderFuzzTest {

	private static final String CSV = """
			Id,Source,Date,Category,Persons,Governorate,Host country,Female,Male
			#meta+id,#meta+source,#date,#affected+type,#affected+returnees,#adm1+code,#country+origin+code,#affected+returnees+f,#affected+returnees+m
			r1,JCHQ,2018-10-01,idp_returnee,12,SY02,,5,7
			r2,JCHQ,2018-10-02,refugee_returnee,"3",SY03,LBN,,
			"r3","JCHQ","2018-10-03","idp_returnee","1,0",SY04,,"",""
			""";

	private static final byte[] XLSX = workbook();

	@Property(tries = 3000)
	void arbitraryBytesAreReadOrRefusedAsCsv(@ForAll byte[] bytes) {
		assertReadOrRefused(bytes, HxlFiles.CSV);
	}

	@Property(tries = 3000)
	void mutatedCsvFilesAreReadOrRefused(@ForAll("mutatedCsv") byte[] bytes) {
		assertReadOrRefused(bytes, HxlFiles.CSV);
	}

	@Property(tries = 400)
	void mutatedWorkbooksAreReadOrRefused(@ForAll("mutatedXlsx") byte[] bytes) {
		assertReadOrRefused(bytes, HxlFiles.XLSX);
	}

	@Property(tries = 300)
	void arbitraryBytesAreReadOrRefusedAsXlsx(@ForAll byte[] bytes) {
		assertReadOrRefused(bytes, HxlFiles.XLSX);
	}

	@Provide
	Arbitrary<byte[]> mutatedCsv() {
		return mutated(CSV.getBytes(StandardCharsets.UTF_8), 12);
	}

	@Provide
	Arbitrary<byte[]> mutatedXlsx() {
		return mutated(XLSX, 6);
	}

	/** A valid file with a few bytes replaced, inserted or removed, or cut short. */
	private static Arbitrary<byte[]> mutated(byte[] valid, int maxMutations) {
		Arbitrary<Tuple.Tuple3<Integer, Integer, Byte>> mutation = Combinators.combine(
				Arbitraries.integers().between(0, valid.length - 1), Arbitraries.integers().between(0, 3),
				Arbitraries.oneOf(Arbitraries.bytes(), Arbitraries.of((byte) '"', (byte) ',', (byte) '\n', (byte) '\r',
						(byte) '#', (byte) 0, (byte) 0xEF, (byte) 0xC3, (byte) '=')))
			.as(Tuple::of);
		return mutation.list().ofMinSize(1).ofMaxSize(maxMutations).map(mutations -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] bytes = valid.clone();
			int length = bytes.length;
			for (Tuple.Tuple3<Integer, Integer, Byte> m : mutations) {
				int at = Math.min(m.get1(), length - 1);
				switch (m.get2()) {
					case 0 -> bytes[at] = m.get3();
					case 1 -> { // insert
						byte[] longer = new byte[length + 1];
						System.arraycopy(bytes, 0, longer, 0, at);
						longer[at] = m.get3();
						System.arraycopy(bytes, at, longer, at + 1, length - at);
						bytes = longer;
						length++;
					}
					case 2 -> { // remove
						System.arraycopy(bytes, at + 1, bytes, at, length - at - 1);
						length--;
					}
					default -> length = Math.max(1, at); // truncate
				}
				if (length <= 1) {
					break;
				}
			}
			out.write(bytes, 0, length);
			return out.toByteArray();
		});
	}

	private static void assertReadOrRefused(byte[] bytes, String mediaType) {
		try (HxlTable table = HxlFiles.open(new ByteArrayInputStream(bytes), mediaType, null)) {
			HxlColumns<?> columns = HxlColumns.of(table, Contracts.RETURNS);
			Iterator<HxlTable.Row> rows = table.rows();
			long read = 0;
			while (rows.hasNext()) {
				HxlTable.Row row = rows.next();
				assertThat(row.number()).isGreaterThan(table.hashtagRow());
				columns.values(row);
				read++;
			}
			assertThat(read).isGreaterThanOrEqualTo(0);
		}
		catch (ProblemException refused) {
			assertThat(refused.status().is4xxClientError()).as("status of %s", refused.getMessage()).isTrue();
			assertThat(refused.getMessage()).isNotBlank();
		}
	}

	private static byte[] workbook() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("returns");
			List<String> lines = CSV.lines().toList();
			for (int r = 0; r < lines.size(); r++) {
				var row = sheet.createRow(r);
				String[] cells = lines.get(r).replace("\"", "").split(",", -1);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
