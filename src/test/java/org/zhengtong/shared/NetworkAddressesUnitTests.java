package org.zhengtong.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkAddressesUnitTests {

	@Test
	void addresses_are_shown_in_their_usual_short_form() {
		assertThat(NetworkAddresses.readable("0:0:0:0:0:0:0:1")).isEqualTo("::1");
		assertThat(NetworkAddresses.readable("::ffff:10.0.0.7")).as("IPv4 written as IPv6").isEqualTo("10.0.0.7");
		assertThat(NetworkAddresses.readable("0:0:0:0:0:ffff:a00:7")).isEqualTo("10.0.0.7");
		assertThat(NetworkAddresses.readable("2001:db8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
		assertThat(NetworkAddresses.readable("2001:0db8:0:1:0:0:0:1")).as("the longest run of zeros")
			.isEqualTo("2001:db8:0:1::1");
		assertThat(NetworkAddresses.readable("fe80:0:0:0:1:2:3:4%eth0")).isEqualTo("fe80::1:2:3:4%eth0");
		assertThat(NetworkAddresses.readable("192.168.1.9")).isEqualTo("192.168.1.9");
		assertThat(NetworkAddresses.readable("not an address: x")).isEqualTo("not an address: x");
		assertThat(NetworkAddresses.readable(null)).isNull();
		assertThat(NetworkAddresses.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(NetworkAddresses.isLoopback("127.0.0.1")).isTrue();
		assertThat(NetworkAddresses.isLoopback("10.0.0.1")).isFalse();
	}

}
